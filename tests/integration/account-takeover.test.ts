import { beforeAll, describe, expect, it } from "vitest";
import {
  classOverview,
  createClass,
  createStudents,
  joinWithCode,
  resetStudentPassword,
} from "@/lib/classes";
import { roleIn } from "@/lib/access";
import { answerInvitation, inviteCoTeacher, myInvitations, removeTeacher } from "@/lib/co-teachers";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/session";
import { changePassword, checkCredentials, createAccount, sessionUser } from "@/lib/users";
import { makeViewers } from "../support/accounts";

const PASSWORD = "correct horse battery";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      return { status: error.status, message: error.message, fields: error.fields };
    },
  );

let teacher: Viewer;
let classId: string;
let joinCode: string;

beforeAll(async () => {
  teacher = (await makeViewers(1, "takeover"))[0]!;
  const klass = await createClass(teacher, { name: "Civics", anonymous: false });
  classId = klass.id;
  joinCode = klass.joinCode!;
});

async function selfRegistered(username: string) {
  const account = await createAccount({ username, password: PASSWORD, displayName: username });
  const viewer: Viewer = { id: account.id, name: username, role: "user" };
  return viewer;
}

describe("teachers reset only the accounts their class made", () => {
  it("refuses to reset a self-registered member's password; their password still works", async () => {
    const dana = await selfRegistered("dana-self");
    await joinWithCode(dana, joinCode);
    expect(await failure(resetStudentPassword(teacher, classId, dana.id))).toMatchObject({
      status: 403,
      message: expect.stringMatching(/made their own account/),
    });
    expect(await checkCredentials("dana-self", PASSWORD)).not.toBeNull();
  });

  it("resets an account the class made", async () => {
    const [made] = await createStudents(teacher, classId, ["Made Here"]);
    const { password } = await resetStudentPassword(teacher, classId, made!.id);
    expect(await checkCredentials(made!.username, password)).not.toBeNull();
  });

  it("a class cannot reset an account another class made", async () => {
    const [other] = (await makeViewers(1, "other-teacher")) as Viewer[];
    const otherClass = await createClass(other!, { name: "Other", anonymous: false });
    const [made] = await createStudents(other!, otherClass.id, ["Made Elsewhere"]);
    await joinWithCode({ id: made!.id, name: made!.name, role: "user" }, joinCode);
    expect((await failure(resetStudentPassword(teacher, classId, made!.id)))?.status).toBe(403);
  });
});

describe("changing one's password", () => {
  it("needs the current password, and ends every other session but this one", async () => {
    const erin = await selfRegistered("erin-sessions");
    const here = (await checkCredentials("erin-sessions", PASSWORD))!;
    const elsewhere = (await checkCredentials("erin-sessions", PASSWORD))!;
    expect(
      await failure(
        changePassword(erin.id, { current: "not it at all", password: "new pass 12345" }, "here"),
      ),
    ).toMatchObject({
      status: 400,
      fields: { current: [expect.stringMatching(/current password/)] },
    });
    expect(await sessionUser(erin.id, elsewhere.sessionVersion, "elsewhere")).not.toBeNull();

    await changePassword(erin.id, { current: PASSWORD, password: "new pass 12345" }, "here");
    expect(await sessionUser(erin.id, here.sessionVersion, "here")).not.toBeNull();
    expect(await sessionUser(erin.id, elsewhere.sessionVersion, "elsewhere")).toBeNull();
    expect(await sessionUser(erin.id, elsewhere.sessionVersion, null)).toBeNull();
    expect(await checkCredentials("erin-sessions", PASSWORD)).toBeNull();
    expect(await checkCredentials("erin-sessions", "new pass 12345")).not.toBeNull();
  });

  it("the kept session ends with the next sign-out everywhere or password change", async () => {
    const finn = await selfRegistered("finn-kept");
    const here = (await checkCredentials("finn-kept", PASSWORD))!;
    await changePassword(finn.id, { current: PASSWORD, password: "second pass 123" }, "here");
    await changePassword(
      finn.id,
      { current: "second pass 123", password: "third pass 1234" },
      "there",
    );
    expect(await sessionUser(finn.id, here.sessionVersion, "here")).toBeNull();
  });

  it("the forced change after a one-time password also ends other sessions", async () => {
    const [made] = await createStudents(teacher, classId, ["Forced Change"]);
    const first = (await checkCredentials(made!.username, made!.password))!;
    expect(first.mustChangePassword).toBe(true);
    await changePassword(made!.id, { current: made!.password, password: "my own one 123" }, "new");
    expect(await sessionUser(made!.id, first.sessionVersion, "old")).toBeNull();
    expect((await sessionUser(made!.id, first.sessionVersion, "new"))?.mustChangePassword).toBe(
      false,
    );
  });
});

describe("co-teachers are invited and accept", () => {
  it("an enrolled student invited to co-teach stays a student until they accept", async () => {
    const gail = await selfRegistered("gail-student");
    await joinWithCode(gail, joinCode);
    expect(await inviteCoTeacher(teacher, classId, "gail-student")).toEqual({
      studentOfTheClass: true,
    });
    expect(await roleIn(classId, gail)).toBe("student");
    expect(await myInvitations(gail)).toEqual([
      { classId, className: "Civics", invitedBy: teacher.name, studentOfTheClass: true },
    ]);
    await answerInvitation(gail, classId, true);
    expect(await roleIn(classId, gail)).toBe("teacher");
    expect((await classOverview(classId, gail)).joinCode).toBe(joinCode);
    expect(await myInvitations(gail)).toEqual([]);
  });

  it("a declined invitation changes nothing; only the invitee can answer", async () => {
    const hal = await selfRegistered("hal-declines");
    const [stranger] = (await makeViewers(1, "stranger")) as Viewer[];
    await inviteCoTeacher(teacher, classId, "hal-declines");
    expect((await failure(answerInvitation(stranger!, classId, true)))?.status).toBe(404);
    expect(await roleIn(classId, stranger!)).toBeNull();
    await answerInvitation(hal, classId, false);
    expect(await roleIn(classId, hal)).toBeNull();
    expect((await failure(answerInvitation(hal, classId, true)))?.status).toBe(404);
  });

  it("a teacher removes a co-teacher, never the owner", async () => {
    const ivy = await selfRegistered("ivy-coteacher");
    await inviteCoTeacher(teacher, classId, "ivy-coteacher");
    await answerInvitation(ivy, classId, true);
    expect((await failure(removeTeacher(ivy, classId, teacher.id)))?.status).toBe(403);
    await removeTeacher(teacher, classId, ivy.id);
    expect(await roleIn(classId, ivy)).toBeNull();
    expect(await failure(inviteCoTeacher(teacher, classId, "no-such-user-here"))).toMatchObject({
      status: 404,
      fields: { username: ["No account with that username."] },
    });
  });
});
