import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import {
  checkCredentials,
  createAccount,
  disableAccount,
  endAllSessions,
  sessionUser,
} from "@/lib/users";

const PASSWORD = "correct horse battery";

describe("accounts", () => {
  it("stores an argon2id hash, never the password, and checks credentials", async () => {
    const created = await createAccount({
      username: "dana",
      password: PASSWORD,
      displayName: "Dana",
    });
    const [row] = await db.select().from(users).where(eq(users.id, created.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    expect(await checkCredentials("dana", PASSWORD)).toMatchObject({
      id: created.id,
      name: "Dana",
    });
    expect(await checkCredentials("dana", "wrong password")).toBeNull();
    expect(await checkCredentials("nobody", PASSWORD)).toBeNull();
  });

  it("refuses a taken username with 409", async () => {
    await createAccount({ username: "eve", password: PASSWORD, displayName: "Eve" });
    await expect(
      createAccount({ username: "eve", password: PASSWORD, displayName: "Eve 2" }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.status === 409);
  });

  it("ends every session at once on sign-out and when the account is disabled", async () => {
    const { id } = await createAccount({
      username: "finn",
      password: PASSWORD,
      displayName: "Finn",
    });
    const first = (await checkCredentials("finn", PASSWORD))!;
    expect(await sessionUser(id, first.sessionVersion)).not.toBeNull();
    await endAllSessions(id);
    expect(await sessionUser(id, first.sessionVersion)).toBeNull();
    const second = (await checkCredentials("finn", PASSWORD))!;
    expect(await sessionUser(id, second.sessionVersion)).not.toBeNull();
    await disableAccount(id);
    expect(await sessionUser(id, second.sessionVersion)).toBeNull();
    expect(await checkCredentials("finn", PASSWORD)).toBeNull();
  });
});
