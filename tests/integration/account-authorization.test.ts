import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { users } from "@/db/schema";
import { deleteAccount } from "@/lib/account/deletion";
import { exportStream } from "@/lib/account/export-stream";
import { issueRecoveryCodes, recoverAccount, renewRecoveryCodes } from "@/lib/account/recovery";
import { createClass, createStudents, resetStudentPassword } from "@/lib/classes";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/session";
import { changePassword, checkCredentials } from "@/lib/users";
import { makeViewers } from "../support/accounts";
import { PASSWORD, reader } from "../support/account-fixtures";

/** Someone acting on their own account, with the password they would type. */
type Actor = { viewer: Viewer; username: string | null; password: string };
type Who =
  "reader" | "managed student" | "one-time password" | "deleted account" | "oauth-only account";
const WHO: Who[] = [
  "reader",
  "managed student",
  "one-time password",
  "deleted account",
  "oauth-only account",
];

/** Each operation gets fresh people: deleting is not repeatable. */
async function make(who: Who): Promise<Actor> {
  if (who === "reader" || who === "deleted account") {
    const r = await reader("authz");
    if (who === "deleted account")
      await deleteAccount(r, { password: PASSWORD, deleteContributions: false });
    return { viewer: r, username: r.username, password: PASSWORD };
  }
  if (who === "managed student" || who === "one-time password") {
    const [teacher] = await makeViewers(1, "teacher");
    const klass = await createClass(teacher!, { name: "Managed", anonymous: false });
    const [s] = await createStudents(teacher!, klass.id, ["Mei Chen"]);
    if (who === "one-time password")
      return {
        viewer: { id: s!.id, name: s!.name, role: "user", mustChangePassword: true },
        username: s!.username,
        password: s!.password,
      };
    await changePassword(s!.id, { current: s!.password, password: PASSWORD }, null);
    return {
      viewer: { id: s!.id, name: s!.name, role: "user" },
      username: s!.username,
      password: PASSWORD,
    };
  }
  const id = randomUUID();
  await db.insert(users).values({ id, name: "Via GitHub", email: `${id}@example.org` });
  return { viewer: { id, name: "Via GitHub", role: "user" }, username: null, password: PASSWORD };
}

async function outcome(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 200;
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}

/** Every account operation; each acts on the caller's own account only (the viewer is the target). */
const operations: Record<
  string,
  { expected: Record<Who, number>; run: (a: Actor) => Promise<unknown> }
> = {
  "make new recovery codes": {
    expected: {
      reader: 200,
      "managed student": 200,
      "one-time password": 403,
      "deleted account": 401,
      "oauth-only account": 403,
    },
    run: (a) => renewRecoveryCodes(a.viewer, a.password),
  },
  "recover with a code": {
    expected: {
      reader: 200,
      "managed student": 200,
      "one-time password": 200,
      "deleted account": 400,
      "oauth-only account": 400,
    },
    run: async (a) => {
      const [code] = await issueRecoveryCodes(a.viewer.id);
      await recoverAccount({
        username: a.username ?? "",
        code: code!.replace("-", ""),
        password: "a new long password",
      });
    },
  },
  "download my data": {
    expected: {
      reader: 200,
      "managed student": 200,
      "one-time password": 200,
      "deleted account": 401,
      "oauth-only account": 200,
    },
    run: (a) => new Response(exportStream(a.viewer, "json")).text(),
  },
  "delete my account": {
    expected: {
      reader: 200,
      "managed student": 200,
      "one-time password": 403,
      "deleted account": 401,
      "oauth-only account": 403,
    },
    run: (a) => deleteAccount(a.viewer, { password: a.password, deleteContributions: true }),
  },
  "delete my account with a wrong password": {
    expected: {
      reader: 403,
      "managed student": 403,
      "one-time password": 403,
      "deleted account": 401,
      "oauth-only account": 403,
    },
    run: (a) =>
      deleteAccount(a.viewer, { password: "not the password", deleteContributions: false }),
  },
};

describe("account authorization, checked in the data layer", () => {
  for (const [name, op] of Object.entries(operations)) {
    it(`${name}: ${WHO.map((w) => `${w} ${op.expected[w]}`).join(", ")}`, async () => {
      for (const who of WHO) {
        const actor = await make(who);
        const status = await outcome(() => op.run(actor));
        expect({ who, status }).toEqual({ who, status: op.expected[who] });
      }
    });
  }

  it("a teacher's reset still works for a managed account with codes, and the codes stay valid", async () => {
    const [teacher] = await makeViewers(1, "teacher");
    const klass = await createClass(teacher!, { name: "Reset", anonymous: false });
    const [s] = await createStudents(teacher!, klass.id, ["Tom Ruiz"]);
    const [code] = await issueRecoveryCodes(s!.id);
    const { password } = await resetStudentPassword(teacher!, klass.id, s!.id);
    expect(await checkCredentials(s!.username, password)).not.toBeNull();
    await recoverAccount({
      username: s!.username,
      code: code!.replace("-", ""),
      password: "chosen by the student",
    });
    expect(await checkCredentials(s!.username, "chosen by the student")).toMatchObject({
      mustChangePassword: false,
    });
  });
});
