import { beforeAll, describe, expect, it } from "vitest";
import { activitySummary } from "@/lib/assignments/activity";
import { createAssignment } from "@/lib/assignments/create";
import { gradebookCsv } from "@/lib/assignments/gradebook-csv";
import { giveFeedback, releaseGrades } from "@/lib/assignments/grades";
import { classProgress } from "@/lib/assignments/progress";
import { todoFor } from "@/lib/assignments/todo";
import {
  deleteAssignment,
  duplicateAssignment,
  setStudentSide,
  updateAssignment,
} from "@/lib/assignments/edits";
import {
  classOverview,
  createClass,
  createStudents,
  joinWithCode,
  removeStudent,
  resetStudentPassword,
  roster,
  setJoining,
} from "@/lib/classes";
import {
  answerInvitation,
  inviteCoTeacher,
  pendingInvitations,
  removeTeacher,
} from "@/lib/co-teachers";
import { MUST_CHANGE_PASSWORD } from "@/lib/access";
import { claimDetail } from "@/lib/claims";
import { getDebate } from "@/lib/debates";
import { roomExport } from "@/lib/exports/data";
import { mindChanges } from "@/lib/mind/summary";
import { myStance, recordStance } from "@/lib/stances";
import { standOnClaim } from "@/lib/stand/claim";
import { AppError } from "@/lib/errors";
import { addEvidence, editEvidence, listEvidence } from "@/lib/evidence";
import {
  moderationQueue,
  publicModerationQueue,
  reportEvidence,
  setHidden,
} from "@/lib/moderation";
import { dismissReport, requestReview } from "@/lib/moderation-review";
import { studentContributions } from "@/lib/profile";
import { roomContext } from "@/lib/room-context";
import { resolveRoom } from "@/lib/rooms";
import type { Viewer } from "@/lib/session";
import { createAccount } from "@/lib/users";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { assignmentSchema } from "@/lib/validation/classes";
import { makeViewers } from "../support/accounts";

type Who =
  | "teacher"
  | "coTeacher"
  | "student"
  | "oneTimeStudent"
  | "otherStudent"
  | "outsider"
  | "admin"
  | "anonymous";
// An admin moderates the public rooms, not classes: in a class they are an outsider. A student
// still on the one-time password their teacher printed may do nothing until they change it.
const WHO: Who[] = [
  "teacher",
  "coTeacher",
  "student",
  "oneTimeStudent",
  "otherStudent",
  "outsider",
  "admin",
  "anonymous",
];
const TEACHERS: Who[] = ["teacher", "coTeacher"];
const MEMBERS: Who[] = ["teacher", "coTeacher", "student"];

let people: Record<Who, Viewer | null>;
let classId: string;
let roomId: string;
let assignmentId: string;
let evidenceId: string;
let spareStudents: string[];
let selfRegistered: string;

const assignment = () =>
  assignmentSchema.parse({
    title: "Weigh the Gulf pillar",
    dueAt: "2030-01-01T12:00:00+08:00",
    timeZone: "Asia/Taipei",
    minEvidence: 1,
  });
const evidenceInput = (n: string) => ({
  stance: "support" as const,
  url: `https://example.org/${n}-${Math.random()}`,
  title: "T",
  quote: "Q",
  explanation: "E",
  sourceType: "news" as const,
});

beforeAll(async () => {
  const [teacher, coTeacher, student, otherStudent, outsider, otherTeacher, admin] =
    await makeViewers(7, "authz");
  const klass = await createClass(teacher!, { name: "Economics 11B", anonymous: false });
  classId = klass.id;
  roomId = klass.rooms[0]!.id;
  await inviteCoTeacher(teacher!, classId, coTeacher!.username);
  await answerInvitation(coTeacher!, classId, true);
  await joinWithCode(student!, klass.joinCode!);
  const own = await createAccount({
    username: `own-${Date.now()}`,
    password: "a long enough password",
    displayName: "Signed Up Themselves",
  });
  await joinWithCode({ id: own.id, name: own.displayName, role: "user" }, klass.joinCode!);
  selfRegistered = own.id;
  const other = await createClass(otherTeacher!, { name: "Other class", anonymous: false });
  await joinWithCode(otherStudent!, other.joinCode!);
  assignmentId = (await createAssignment(teacher!, classId, assignment())).id;
  evidenceId = (await addEvidence(student!, "gulf-anchor", roomId, evidenceInput("seed"))).id;
  spareStudents = (
    await createStudents(teacher!, classId, ["Spare One", "Spare Two", "Spare Three"])
  ).map((s) => s.id);
  const [oneTime] = await createStudents(teacher!, classId, ["Still On Paper"]);
  people = {
    teacher: teacher!,
    coTeacher: coTeacher!,
    student: student!,
    oneTimeStudent: {
      id: oneTime!.id,
      name: oneTime!.name,
      role: "user",
      mustChangePassword: true,
    },
    otherStudent: otherStudent!,
    outsider: outsider!,
    admin: { ...admin!, role: "admin" },
    anonymous: null,
  };
});

/** Every class operation, as the role would call it through the API or a page. */
const operations: Record<
  string,
  { allowed: Who[]; run: (v: Viewer) => Promise<unknown>; anonymous?: () => Promise<unknown> }
> = {
  "read the class": {
    allowed: MEMBERS,
    run: (v) => classOverview(classId, v),
    anonymous: () => classOverview(classId, null),
  },
  "read the roster": { allowed: MEMBERS, run: (v) => roster(classId, v) },
  "read the class room": {
    allowed: MEMBERS,
    run: (v) => getDebate("ai-dollar", { roomId, viewer: v }),
    anonymous: () => getDebate("ai-dollar", { roomId, viewer: null }),
  },
  "subscribe to the class room's live stream": {
    allowed: MEMBERS,
    run: (v) => resolveRoom("ai-dollar", roomId, v),
    anonymous: () => resolveRoom("ai-dollar", roomId, null),
  },
  "read the class room's evidence": {
    allowed: MEMBERS,
    run: (v) => listEvidence("ai-dollar", "gulf-anchor", roomId, v),
    anonymous: () => listEvidence("ai-dollar", "gulf-anchor", roomId, null),
  },
  "add evidence in the class room": {
    allowed: MEMBERS,
    run: (v) => addEvidence(v, "gulf-anchor", roomId, evidenceInput("op")),
  },
  "vote in the class room": {
    allowed: MEMBERS,
    run: (v) => voteOnClaim(v, "gulf-anchor", roomId, { agreement: 1 }),
  },
  "report evidence in the class room": {
    allowed: MEMBERS,
    run: (v) => reportEvidence(v, evidenceId, "off topic"),
  },
  "see the to-do list": { allowed: MEMBERS, run: (v) => todoFor(v, classId) },
  "create an assignment": {
    allowed: TEACHERS,
    run: (v) => createAssignment(v, classId, assignment()),
  },
  "make student accounts": {
    allowed: TEACHERS,
    run: (v) => createStudents(v, classId, ["New Student"]),
  },
  "rotate the join code": { allowed: TEACHERS, run: (v) => setJoining(v, classId, "rotate") },
  "invite a co-teacher": {
    allowed: TEACHERS,
    run: async (v) => inviteCoTeacher(v, classId, (await makeViewers(1, "co"))[0]!.username),
  },
  "see open co-teacher invitations": {
    allowed: TEACHERS,
    run: (v) => pendingInvitations(v, classId),
  },
  "remove a co-teacher": {
    allowed: TEACHERS,
    run: async (v) => {
      const [extra] = await makeViewers(1, "extra");
      await inviteCoTeacher(people.teacher!, classId, extra!.username);
      await answerInvitation(extra!, classId, true);
      await removeTeacher(v, classId, extra!.id);
    },
  },
  "reset the password of an account the class made": {
    allowed: TEACHERS,
    run: (v) => resetStudentPassword(v, classId, spareStudents[0]!),
  },
  // A self-registered member owns their account: a teacher resetting it would take it over.
  "reset the password of a self-registered student": {
    allowed: [],
    run: (v) => resetStudentPassword(v, classId, selfRegistered),
  },
  // The student wrote the item: an author's rating of their own evidence is refused.
  "rate evidence in the class room": {
    allowed: TEACHERS,
    run: (v) => rateEvidence(v, evidenceId, 4),
  },
  "remove a student": {
    allowed: TEACHERS,
    run: (v) => removeStudent(v, classId, spareStudents.pop()!),
  },
  "see a student's contributions": {
    allowed: TEACHERS,
    run: (v) => studentContributions(v, classId, people.student!.id),
  },
  "see progress": { allowed: TEACHERS, run: (v) => classProgress(v, classId) },
  "download the gradebook": { allowed: TEACHERS, run: (v) => gradebookCsv(v, classId) },
  "see the activity summary": { allowed: TEACHERS, run: (v) => activitySummary(v, classId) },
  "give feedback and a grade": {
    allowed: TEACHERS,
    run: (v) =>
      giveFeedback(v, assignmentId, { studentId: people.student!.id, comment: "Good", points: 80 }),
  },
  "release grades": { allowed: TEACHERS, run: (v) => releaseGrades(v, assignmentId) },
  "edit an assignment": {
    allowed: TEACHERS,
    run: (v) => updateAssignment(v, assignmentId, assignment()),
  },
  "duplicate an assignment": {
    allowed: TEACHERS,
    run: (v) => duplicateAssignment(v, assignmentId),
  },
  "delete an assignment": {
    allowed: TEACHERS,
    run: async (v) => {
      const doomed = await createAssignment(people.teacher!, classId, assignment());
      await deleteAssignment(v, doomed.id);
    },
  },
  "set a student's side": {
    allowed: TEACHERS,
    run: async (v) => {
      const sided = await createAssignment(people.teacher!, classId, {
        ...assignment(),
        sideMode: "per-student",
      });
      await setStudentSide(v, sided.id, { studentId: people.student!.id, side: "rebut" });
    },
  },
  "record a stance in the class room": {
    allowed: MEMBERS,
    run: (v) => recordStance(v, "ai-dollar", roomId, { phase: "now", stance: 2 }),
  },
  "see their stance in the class room": {
    allowed: MEMBERS,
    run: (v) => myStance(v, "ai-dollar", roomId),
  },
  "see the class room's changes of mind": {
    allowed: MEMBERS,
    run: (v) => mindChanges("ai-dollar", roomId, v),
    anonymous: () => mindChanges("ai-dollar", roomId, null),
  },
  "export the class room": {
    allowed: MEMBERS,
    run: (v) => roomExport("ai-dollar", roomId, v),
    anonymous: () => roomExport("ai-dollar", roomId, null),
  },
  "read a claim in the class room": {
    allowed: MEMBERS,
    run: (v) => claimDetail("gulf-anchor", roomId, v),
    anonymous: () => claimDetail("gulf-anchor", roomId, null),
  },
  "see the class room's votes on a claim": {
    allowed: MEMBERS,
    run: (v) => standOnClaim("gulf-anchor", roomId, v),
    anonymous: () => standOnClaim("gulf-anchor", roomId, null),
  },
  "edit their evidence in the class room": {
    allowed: MEMBERS,
    run: async (v) => {
      const own = await addEvidence(v, "gulf-anchor", roomId, evidenceInput("ed"));
      await editEvidence(v, own.id, { title: "Edited" });
    },
  },
  "see where they are in the class room": {
    allowed: MEMBERS,
    run: (v) => roomContext(roomId, v),
    anonymous: () => roomContext(roomId, null),
  },
  "see the moderation queue": { allowed: TEACHERS, run: (v) => moderationQueue(v, classId) },
  "dismiss a report": {
    allowed: TEACHERS,
    run: async (v) => dismissReport(v, await freshReport(roomId), ""),
  },
  // Only the author of a hidden item may ask for its review, whatever their role.
  "ask for a review of hidden evidence": {
    allowed: ["student"],
    run: async (v) => {
      const item = await addEvidence(people.student!, "gulf-anchor", roomId, evidenceInput("rv"));
      await setHidden(people.teacher!, item.id, true, "off topic");
      await requestReview(v, item.id, "It is on topic.");
    },
  },
  "see the public rooms' moderation queue": {
    allowed: ["admin"],
    run: (v) => publicModerationQueue(v),
  },
  "dismiss a report in the public room": {
    allowed: ["admin"],
    run: async (v) => dismissReport(v, await freshReport(await publicRoomId()), ""),
  },
  "hide and restore evidence": {
    allowed: TEACHERS,
    run: async (v) => {
      await setHidden(v, evidenceId, true);
      await setHidden(v, evidenceId, false);
    },
  },
};

/** An item reported by someone who may read its room; answers the report's id. */
async function freshReport(room: string): Promise<number> {
  const author = room === roomId ? people.student! : people.outsider!;
  const item = await addEvidence(author, "gulf-anchor", room, evidenceInput("rp"));
  await reportEvidence(people.teacher!, item.id, "spam");
  const queue =
    room === roomId
      ? await moderationQueue(people.teacher!, classId)
      : await publicModerationQueue(people.admin!);
  return queue.reports.find((r) => r.evidenceId === item.id)!.id;
}

const publicRoomId = async () => (await resolveRoom("ai-dollar", undefined, null)).id;

async function outcome(run: () => Promise<unknown>): Promise<{ status: number; message?: string }> {
  try {
    await run();
    return { status: 200 };
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message };
    throw error;
  }
}

describe("class authorization, checked in the data layer", () => {
  for (const [name, op] of Object.entries(operations)) {
    it(`${name}: ${op.allowed.join(", ")} only`, async () => {
      for (const who of WHO) {
        const viewer = people[who];
        if (viewer === null && !op.anonymous) continue; // API routes refuse anonymous writes first (e2e).
        const { status, message } = await outcome(
          viewer === null ? op.anonymous! : () => op.run(viewer),
        );
        const expected = op.allowed.includes(who) ? 200 : who === "anonymous" ? 401 : 403;
        expect({ who, status }).toEqual({ who, status: expected });
        // Where a student may act, the one-time password is the reason they may not.
        if (who === "oneTimeStudent" && op.allowed.includes("student"))
          expect(message).toBe(MUST_CHANGE_PASSWORD);
      }
    });
  }
});
