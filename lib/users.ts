import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./auth/password";
import { conflict, invalid } from "./errors";

export type SessionUser = {
  id: string;
  name: string;
  role: "user" | "admin";
  sessionVersion: number;
  mustChangePassword: boolean;
};

export async function createAccount(input: {
  username: string;
  password: string;
  displayName: string;
}) {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, input.username));
    if (taken) throw conflict("That username is taken.");
    const [user] = await tx
      .insert(users)
      .values({ id: randomUUID(), username: input.username, name: input.displayName, passwordHash })
      .returning({ id: users.id, username: users.username, displayName: users.name });
    return user!;
  });
}

/** The account for a username and password, or null; a miss takes as long as a hit. */
export async function checkCredentials(
  username: string,
  password: string,
): Promise<SessionUser | null> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  return user && ok ? toSessionUser(user) : null;
}

function toSessionUser(user: SessionUser & { disabledAt: Date | null }): SessionUser | null {
  if (user.disabledAt) return null;
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The account by id unless it is disabled. */
export async function activeAccount(id: string): Promise<SessionUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return user ? toSessionUser(user) : null;
}

/**
 * The live account behind a session token, or null once it is signed out or disabled. The one
 * session that changed the password (`keptSessionId`) may still carry the version just before
 * the change; the caller re-issues its token with the account's version.
 */
export async function sessionUser(
  id: string,
  sessionVersion: number,
  sessionId: string | null = null,
): Promise<SessionUser | null> {
  const user = await activeAccount(id);
  if (!user) return null;
  if (user.sessionVersion === sessionVersion) return user;
  const kept =
    sessionId !== null &&
    sessionId === (await keptSessionOf(id)) &&
    sessionVersion === user.sessionVersion - 1;
  return kept ? user : null;
}

async function keptSessionOf(id: string) {
  const [row] = await db.select({ kept: users.keptSessionId }).from(users).where(eq(users.id, id));
  return row?.kept ?? null;
}

/** Ends every session of the user at once: tokens carry the old version and are refused. */
export async function endAllSessions(userId: string): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId)),
  );
}

export async function disableAccount(userId: string): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx
      .update(users)
      .set({ disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId)),
  );
}

/**
 * Sets a new password, given the current one, and clears the one-time-password flag. Every
 * other session of the account ends; the session that made the change (`sessionId`) stays.
 */
export async function changePassword(
  userId: string,
  input: { current: string; password: string },
  sessionId: string | null,
): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.current)))
    throw invalid(
      { current: ["That is not your current password."] },
      "Your current password did not match.",
    );
  const passwordHash = await hashPassword(input.password);
  await writeTransaction(db, (tx) =>
    tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        keptSessionId: sessionId,
      })
      .where(eq(users.id, userId)),
  );
}

/** Whether an account still signs in with a one-time password set by a teacher. */
export async function mustChangePassword(username: string): Promise<boolean> {
  const [user] = await db
    .select({ flag: users.mustChangePassword })
    .from(users)
    .where(eq(users.username, username));
  return user?.flag ?? false;
}
