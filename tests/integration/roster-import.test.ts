import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { createClass, createStudents, roster } from "@/lib/classes";
import { AppError } from "@/lib/errors";
import { checkCredentials } from "@/lib/users";
import { rosterCsvSchema } from "@/lib/validation/roster-import";
import { makeViewers } from "../support/accounts";

describe("importing a roster", () => {
  it("makes the accounts the roster names, with its usernames, signing in with one-time passwords", async () => {
    const [teacher] = await makeViewers(1, "roster");
    const klass = await createClass(teacher!, { name: "History 9A", anonymous: false });
    const tag = klass.id.slice(0, 6);
    const entries = rosterCsvSchema.parse(`name,username\n陳美玲,mei-${tag}\n"Ruiz, Tom",\n`);
    const made = await createStudents(teacher!, klass.id, entries);
    expect(made.map((s) => s.username)).toEqual([
      `mei-${tag}`,
      expect.stringMatching(/^ruiz-tom-/),
    ]);
    expect(await checkCredentials(`mei-${tag}`, made[0]!.password)).toMatchObject({
      mustChangePassword: true,
    });
    // Only the hash is kept.
    const [stored] = await db.select().from(users).where(eq(users.id, made[0]!.id));
    expect(stored!.passwordHash).not.toContain(made[0]!.password);
    expect((await roster(klass.id, teacher!)).map((m) => m.name)).toContain("陳美玲");
  });

  it("refuses the whole roster when a username it asks for is taken: nothing is made", async () => {
    const [teacher, holder] = await makeViewers(2, "roster");
    const klass = await createClass(teacher!, { name: "History 9B", anonymous: false });
    const entries = [{ name: "New One" }, { name: "Taken", username: holder!.username }];
    const error = await createStudents(teacher!, klass.id, entries).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).fields?.csv).toEqual([
      `The username "${holder!.username}" is already taken: choose another.`,
    ]);
    expect(await roster(klass.id, teacher!)).toHaveLength(1);
  });
});
