import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { recoveryCodes, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../auth/password";
import { AppError } from "../errors";
import { actingUser } from "../access";
import type { Viewer } from "../session";
import { requirePassword } from "./password-check";
import { accountText } from "./text";

export const RECOVERY_CODE_COUNT = 10;

// No look-alikes (0/o, 1/l/i): codes are read off paper. 31 symbols × 10 ≈ 50 bits each.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A code as shown: "k7m2p-x9q4r". Stored and compared without the dash. */
function newCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/**
 * Replaces the account's recovery codes with ten new ones and returns them, the only time they
 * exist in clear: only argon2id hashes are kept, like passwords.
 */
export async function issueRecoveryCodes(userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(code.replace("-", ""))));
  await writeTransaction(db, async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx
      .insert(recoveryCodes)
      .values(hashes.map((codeHash) => ({ id: randomUUID(), userId, codeHash })));
  });
  return codes;
}

/** New codes from the account page, after the password: a stolen session alone cannot mint them. */
export async function renewRecoveryCodes(viewer: Viewer, password: string): Promise<string[]> {
  await requirePassword(actingUser(viewer).id, password);
  return issueRecoveryCodes(viewer.id);
}

/** For the account page: the username, whether it has a password, and unused codes left. */
export async function recoveryStatus(viewer: Viewer) {
  const [user] = await db
    .select({ username: users.username, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, viewer.id));
  return {
    username: user?.username ?? "",
    hasPassword: Boolean(user?.passwordHash),
    left: await db.$count(recoveryCodes, eq(recoveryCodes.userId, viewer.id)),
  };
}

const mismatch = () =>
  new AppError(400, accountText.forgot.mismatch, { code: [accountText.forgot.mismatch] });

/**
 * "Forgot your password?": a username and one unused code set a new password. The code is
 * spent and every session of the account ends. Every stored hash is checked (a missing
 * account against a dummy), so the answer's timing does not tell which part was wrong.
 */
export async function recoverAccount(input: {
  username: string;
  code: string;
  password: string;
}): Promise<void> {
  const [user] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.username, input.username));
  const stored = user
    ? await db
        .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
        .from(recoveryCodes)
        .where(eq(recoveryCodes.userId, user.id))
    : [];
  const candidates = stored.length > 0 ? stored : [{ id: null, codeHash: DUMMY_HASH }];
  const matches = await Promise.all(candidates.map((c) => verifyPassword(c.codeHash, input.code)));
  const spent = candidates[matches.indexOf(true)]?.id;
  if (!user || user.disabledAt || !spent) throw mismatch();
  const passwordHash = await hashPassword(input.password);
  await writeTransaction(db, async (tx) => {
    // Two requests racing with the same code: only the one that deletes it goes on.
    const deleted = await tx
      .delete(recoveryCodes)
      .where(eq(recoveryCodes.id, spent))
      .returning({ id: recoveryCodes.id });
    if (deleted.length === 0) throw mismatch();
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, user.id));
  });
}
