import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { recoveryCodes } from "@/db/schema";
import { issueRecoveryCodes, recoverAccount, renewRecoveryCodes } from "@/lib/account/recovery";
import { AppError } from "@/lib/errors";
import { checkCredentials, sessionUser } from "@/lib/users";
import { recoverAccountSchema } from "@/lib/validation/account";
import { PASSWORD, reader } from "../support/account-fixtures";

const NEW_PASSWORD = "a brand new passphrase";
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e) => (e instanceof AppError ? e.status : Promise.reject(e)),
  );
const recover = (username: string, code: string, password = NEW_PASSWORD) =>
  recoverAccount(recoverAccountSchema.parse({ username, code, password }));

describe("recovery codes", () => {
  it("are ten, distinct, stored only as argon2id hashes", async () => {
    const me = await reader();
    const codes = await issueRecoveryCodes(me.id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, me.id));
    expect(stored).toHaveLength(10);
    for (const row of stored) {
      expect(row.codeHash).toMatch(/^\$argon2id\$/);
      for (const code of codes) expect(row.codeHash).not.toContain(code.replace("-", ""));
    }
  });

  it("set a new password once per code, and end every session", async () => {
    const me = await reader();
    const [first, second] = await issueRecoveryCodes(me.id);
    const before = (await checkCredentials(me.username, PASSWORD))!;
    // Typed in capitals without the dash: still the code.
    await recover(me.username, first!.toUpperCase().replace("-", ""));
    expect(await checkCredentials(me.username, PASSWORD)).toBeNull();
    expect(await checkCredentials(me.username, NEW_PASSWORD)).not.toBeNull();
    expect(await sessionUser(me.id, before.sessionVersion)).toBeNull();
    // The spent code is refused; another still works.
    expect(await status(recover(me.username, first!, "yet another passphrase"))).toBe(400);
    expect(await checkCredentials(me.username, NEW_PASSWORD)).not.toBeNull();
    await recover(me.username, second!, "yet another passphrase");
    expect(await checkCredentials(me.username, "yet another passphrase")).not.toBeNull();
    expect(await db.$count(recoveryCodes, eq(recoveryCodes.userId, me.id))).toBe(8);
  });

  it("refuse a wrong code, someone else's code and an unknown username alike", async () => {
    const [me, other] = [await reader(), await reader()];
    await issueRecoveryCodes(me.id);
    const [theirs] = await issueRecoveryCodes(other.id);
    const answers = await Promise.all([
      recover(me.username, "aaaaa-bbbbb").catch((e: AppError) => e),
      recover(me.username, theirs!).catch((e: AppError) => e),
      recover("nobody-here", theirs!).catch((e: AppError) => e),
    ]);
    for (const answer of answers) {
      expect(answer).toBeInstanceOf(AppError);
      expect((answer as AppError).status).toBe(400);
      expect((answer as AppError).message).toBe("That username and recovery code do not match.");
    }
    expect(await checkCredentials(me.username, PASSWORD)).not.toBeNull();
  });

  it("made anew from the account page need the password and void the old set", async () => {
    const me = await reader();
    const old = await issueRecoveryCodes(me.id);
    expect(await status(renewRecoveryCodes(me, "not my password"))).toBe(403);
    const fresh = await renewRecoveryCodes(me, PASSWORD);
    expect(fresh.some((c) => old.includes(c))).toBe(false);
    expect(await status(recover(me.username, old[0]!))).toBe(400);
    expect(await status(recover(me.username, fresh[0]!))).toBe(200);
  });

  it("let a racing second use of one code fail instead of both succeeding", async () => {
    const me = await reader();
    const [code] = await issueRecoveryCodes(me.id);
    const results = await Promise.all([
      status(recover(me.username, code!, "first racer password")),
      status(recover(me.username, code!, "second racer password")),
    ]);
    expect(results.sort()).toEqual([200, 400]);
  });
});
