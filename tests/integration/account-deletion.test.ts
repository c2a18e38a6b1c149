import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { evidence, users } from "@/db/schema";
import { deleteAccount } from "@/lib/account/deletion";
import { issueRecoveryCodes, recoverAccount } from "@/lib/account/recovery";
import { createAssignment } from "@/lib/assignments/create";
import { gradebookCsv } from "@/lib/assignments/gradebook-csv";
import { giveFeedback } from "@/lib/assignments/grades";
import { createClass, joinWithCode, roster } from "@/lib/classes";
import { answerInvitation, inviteCoTeacher } from "@/lib/co-teachers";
import { checkDatabase } from "@/lib/db-check";
import { AppError } from "@/lib/errors";
import { addEvidence, listEvidence } from "@/lib/evidence";
import { threadFor } from "@/lib/replies/read";
import { postReply } from "@/lib/replies/write";
import { checkCredentials, createAccount, sessionUser } from "@/lib/users";
import { assignmentSchema } from "@/lib/validation/classes";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";
import {
  PASSWORD,
  classWith,
  evidenceInput,
  reader,
  roomScores,
} from "../support/account-fixtures";

const failing = async () => (await checkDatabase(db)).filter((r) => !r.ok).map((r) => r.detail);
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e) => (e instanceof AppError ? e.status : Promise.reject(e)),
  );

/**
 * The reader argues in a fresh class room: two items of evidence, a vote on a claim, and a
 * rating of the teacher's evidence (authors cannot rate their own), which the teacher rates
 * back. `before` is the room before any of it.
 */
async function contributes() {
  const me = await reader();
  const { teacher, classId, roomId } = await classWith(me);
  const theirs = await addEvidence(teacher, "gulf-anchor", roomId, evidenceInput());
  const before = await roomScores(roomId);
  const mine = await addEvidence(me, "gulf-anchor", roomId, evidenceInput());
  await addEvidence(me, "gulf-security", roomId, evidenceInput({ stance: "rebut" }));
  await voteOnClaim(me, "gulf-anchor", roomId, { agreement: 2, impact: 4 });
  await rateEvidence(me, theirs.id, 5);
  await rateEvidence(teacher, mine.id, 1);
  return { me, teacher, classId, roomId, before, mine };
}

describe("deleting an account", () => {
  it("keeps contributions under “deleted account”, counting, and ends sessions", async () => {
    const { me, teacher, roomId } = await contributes();
    const session = (await checkCredentials(me.username, PASSWORD))!;
    await issueRecoveryCodes(me.id);
    const scores = await roomScores(roomId);
    expect(scores).not.toEqual([]);

    await deleteAccount(me, { password: PASSWORD, deleteContributions: false });

    expect(await roomScores(roomId)).toEqual(scores);
    const shown = await listEvidence("ai-dollar", "gulf-anchor", roomId, teacher);
    expect(shown.map((e) => e.author.name).sort()).toEqual(["deleted account", "teacher 0"]);
    expect(await sessionUser(me.id, session.sessionVersion)).toBeNull();
    expect(await checkCredentials(me.username, PASSWORD)).toBeNull();
    const [row] = await db.select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ username: null, passwordHash: null, name: "deleted account" });
    expect(row!.deletedAt).toBeInstanceOf(Date);
    // Nothing to recover, and the username is free again.
    expect(
      await status(
        recoverAccount({ username: me.username, code: "aaaaabbbbb", password: "x".repeat(10) }),
      ),
    ).toBe(400);
    await createAccount({ username: me.username, password: PASSWORD, displayName: "Someone new" });
    expect(await failing()).toEqual([]);
  });

  it("with its contributions, leaves the tallies as if each had been deleted", async () => {
    const { me, teacher, roomId, before } = await contributes();
    expect(await roomScores(roomId)).not.toEqual(before);
    const onClaim = { kind: "claim", id: "gulf-anchor" } as const;
    const reply = await postReply(me, onClaim, roomId, { body: "My reply" });
    await deleteAccount(me, { password: PASSWORD, deleteContributions: true });
    const thread = await threadFor(onClaim, roomId, teacher);
    expect(thread.replies.find((r) => r.id === reply.id)).toMatchObject({
      state: "deleted",
      body: null,
    });
    expect(await roomScores(roomId)).toEqual(before);
    const shown = await listEvidence("ai-dollar", "gulf-anchor", roomId, teacher);
    expect(shown.map((e) => [e.author.name, e.rating.count])).toEqual([["teacher 0", 0]]);
    const kept = await db.select().from(evidence).where(eq(evidence.authorId, me.id));
    expect(kept).toHaveLength(2);
    expect(kept.every((e) => e.deletedAt !== null)).toBe(true); // in history, out of the tally
    expect(await failing()).toEqual([]);
  });

  it("refuses a wrong password and changes nothing", async () => {
    const { me, roomId } = await contributes();
    const scores = await roomScores(roomId);
    expect(
      await status(deleteAccount(me, { password: "not it at all", deleteContributions: true })),
    ).toBe(403);
    expect(await roomScores(roomId)).toEqual(scores);
    expect(await checkCredentials(me.username, PASSWORD)).not.toBeNull();
  });

  it("keeps a student's gradebook row for the teacher, with the name replaced", async () => {
    const me = await reader("pupil");
    const { teacher, classId } = await classWith(me);
    const assignment = await createAssignment(
      teacher,
      classId,
      assignmentSchema.parse({
        title: "Weigh it",
        dueAt: "2030-01-01T12:00:00Z",
        timeZone: "UTC",
        minEvidence: 1,
      }),
    );
    await giveFeedback(teacher, assignment.id, { studentId: me.id, comment: "Good", points: 90 });
    await deleteAccount(me, { password: PASSWORD, deleteContributions: false });
    const csv = await gradebookCsv(teacher, classId);
    expect(csv).toContain("deleted account");
    expect(csv).toContain("90");
    expect(csv).not.toContain("pupil R");
    const students = (await roster(classId, teacher)).filter((m) => m.role === "student");
    expect(students.map((m) => m.name)).toEqual(["deleted account"]);
  });

  it("refuses the last teacher of a class with students, and lets them go once a co-teacher joins", async () => {
    const teacher = await reader("teach");
    const klass = await createClass(teacher, { name: "History 9", anonymous: false });
    const [student] = await makeViewers(1, "kid");
    await joinWithCode(student!, klass.joinCode!);
    const refused = await deleteAccount(teacher, {
      password: PASSWORD,
      deleteContributions: false,
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.status).toBe(409);
    expect(refused.message).toContain("History 9");
    expect(await checkCredentials(teacher.username, PASSWORD)).not.toBeNull();

    const [co] = await makeViewers(1, "co");
    await inviteCoTeacher(teacher, klass.id, co!.username);
    await answerInvitation(co!, klass.id, true);
    await deleteAccount(teacher, { password: PASSWORD, deleteContributions: false });
    const names = (await roster(klass.id, co!))
      .filter((m) => m.role === "teacher")
      .map((m) => m.name);
    expect(names).not.toContain("deleted account");
    expect(names).not.toContain(teacher.name);
    expect(await failing()).toEqual([]);
  });
});
