import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  assignmentSides,
  assignments,
  claimVotes,
  claims,
  debates,
  enrolments,
  evidence,
  evidenceVotes,
  feedback,
  rooms,
} from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { dealBalancedSides, type Side } from "./assignment-sides";
import { requireMember, requireTeacher } from "./class-access";
import { studentsOf } from "./classes";
import { invalid, notFound } from "./errors";
import type { Viewer } from "./session";
import type { AssignmentInput } from "./validation/classes";

export async function createAssignment(viewer: Viewer, classId: string, input: AssignmentInput) {
  await requireTeacher(classId, viewer);
  checkDueTime(input);
  const [debate] = await db
    .select({ id: debates.id })
    .from(debates)
    .where(eq(debates.slug, input.debate));
  if (!debate) throw invalid({ debate: ["No debate by that name."] });
  const students = await studentsOf(classId);
  const sides = assignSides(
    input,
    students.map((s) => s.id),
  );
  const id = randomUUID();
  await writeTransaction(db, async (tx) => {
    await tx.insert(assignments).values({
      id,
      classId,
      debateId: debate.id,
      title: input.title,
      instructions: input.instructions,
      dueAt: new Date(input.dueAt),
      timeZone: input.timeZone,
      targetClaimIds: JSON.stringify(input.targetClaimIds),
      sideMode: input.sideMode,
      wholeClassSide: input.sideMode === "whole-class" ? input.wholeClassSide : null,
      minEvidence: input.minEvidence,
      minClaimVotes: input.minClaimVotes,
      minEvidenceRatings: input.minEvidenceRatings,
      maxPoints: input.maxPoints,
      createdBy: viewer.id,
    });
    if (sides.length > 0)
      await tx.insert(assignmentSides).values(sides.map((s) => ({ assignmentId: id, ...s })));
  });
  return { id, sides: Object.fromEntries(sides.map((s) => [s.userId, s.side])) };
}

/** Per-student sides are the teacher's choice; balanced teams are dealt; whole-class needs no rows. */
export function assignSides(
  input: AssignmentInput,
  studentIds: string[],
): { userId: string; side: Side }[] {
  if (input.sideMode === "per-student") {
    return Object.entries(input.sides)
      .filter(([userId]) => studentIds.includes(userId))
      .map(([userId, side]) => ({ userId, side }));
  }
  if (input.sideMode === "balanced-random") return dealBalancedSides(studentIds);
  return [];
}

/** Refuses a due time already past unless the teacher confirmed it. */
export function checkDueTime(input: AssignmentInput) {
  if (!input.confirmPastDue && Date.parse(input.dueAt) < Date.now())
    throw invalid({
      dueAt: ["This due time has already passed. Confirm it if that is what you mean."],
    });
}

type AssignmentRow = typeof assignments.$inferSelect;

/** One student's counts toward an assignment's requirements, in the class's room of its debate. */
async function progressOf(a: AssignmentRow, roomId: string, studentId: string, side: Side | null) {
  const targets: string[] = JSON.parse(a.targetClaimIds);
  const onTargets = (column: typeof evidence.claimId | typeof claimVotes.claimId) =>
    targets.length > 0 ? inArray(column, targets) : undefined;
  const [ev] = await db
    .select({ n: sql<number>`count(*)`, last: max(evidence.createdAt) })
    .from(evidence)
    .where(
      and(
        eq(evidence.roomId, roomId),
        eq(evidence.authorId, studentId),
        isNull(evidence.deletedAt),
        side ? eq(evidence.stance, side) : undefined,
        onTargets(evidence.claimId),
      ),
    );
  const [votes] = await db
    .select({ n: sql<number>`count(*)`, last: max(claimVotes.updatedAt) })
    .from(claimVotes)
    .where(
      and(
        eq(claimVotes.roomId, roomId),
        eq(claimVotes.userId, studentId),
        onTargets(claimVotes.claimId),
      ),
    );
  const [ratings] = await db
    .select({ n: sql<number>`count(*)`, last: max(evidenceVotes.updatedAt) })
    .from(evidenceVotes)
    .innerJoin(evidence, eq(evidence.id, evidenceVotes.evidenceId))
    .where(
      and(
        eq(evidenceVotes.roomId, roomId),
        eq(evidenceVotes.userId, studentId),
        onTargets(evidence.claimId),
      ),
    );
  const lastActivity =
    [ev?.last, votes?.last, ratings?.last]
      .filter((d): d is Date => d instanceof Date)
      .sort((x, y) => y.getTime() - x.getTime())[0] ?? null;
  const counts = {
    evidence: ev?.n ?? 0,
    claimVotes: votes?.n ?? 0,
    evidenceRatings: ratings?.n ?? 0,
  };
  const complete =
    counts.evidence >= a.minEvidence &&
    counts.claimVotes >= a.minClaimVotes &&
    counts.evidenceRatings >= a.minEvidenceRatings;
  const pastDue = Date.now() > a.dueAt.getTime();
  return {
    counts,
    required: {
      evidence: a.minEvidence,
      claimVotes: a.minClaimVotes,
      evidenceRatings: a.minEvidenceRatings,
    },
    complete,
    lastActivity: lastActivity?.toISOString() ?? null,
    // Late work is marked, never blocked: past due and either unfinished or worked on after the due time.
    late:
      pastDue &&
      (!complete || (lastActivity !== null && lastActivity.getTime() > a.dueAt.getTime())),
  };
}

async function roomFor(a: AssignmentRow) {
  const [room] = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(and(eq(rooms.classId, a.classId), eq(rooms.debateId, a.debateId)));
  if (!room) throw notFound("class room");
  return room.id;
}

export async function sideOf(
  assignmentId: string,
  userId: string,
  a: AssignmentRow,
): Promise<Side | null> {
  if (a.sideMode === "whole-class") return a.wholeClassSide;
  const [row] = await db
    .select({ side: assignmentSides.side })
    .from(assignmentSides)
    .where(and(eq(assignmentSides.assignmentId, assignmentId), eq(assignmentSides.userId, userId)));
  return row?.side ?? null;
}

function summary(a: AssignmentRow, slug: string) {
  return {
    id: a.id,
    classId: a.classId,
    title: a.title,
    instructions: a.instructions,
    debate: slug,
    dueAt: a.dueAt.toISOString(),
    timeZone: a.timeZone,
    targetClaimIds: JSON.parse(a.targetClaimIds) as string[],
    sideMode: a.sideMode,
    wholeClassSide: a.wholeClassSide,
    minEvidence: a.minEvidence,
    minClaimVotes: a.minClaimVotes,
    minEvidenceRatings: a.minEvidenceRatings,
    maxPoints: a.maxPoints,
    gradesReleased: a.gradesReleasedAt !== null,
  };
}

async function assignmentsOf(classId: string) {
  return db
    .select({ a: assignments, slug: debates.slug })
    .from(assignments)
    .innerJoin(debates, eq(debates.id, assignments.debateId))
    .where(eq(assignments.classId, classId))
    .orderBy(asc(assignments.dueAt));
}

/** The assignment's target claims, in the order the teacher ticked them, with their text. */
export async function targetClaims(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: claims.id, textEn: claims.textEn })
    .from(claims)
    .where(inArray(claims.id, ids));
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

/** A student's to-do list for a class: each assignment, their side, progress and (once released) grade. */
export async function todoFor(viewer: Viewer, classId: string) {
  await requireMember(classId, viewer);
  const rows = await assignmentsOf(classId);
  return Promise.all(
    rows.map(async ({ a, slug }) => {
      const side = await sideOf(a.id, viewer.id, a);
      const roomId = await roomFor(a);
      const [fb] = a.gradesReleasedAt
        ? await db
            .select()
            .from(feedback)
            .where(and(eq(feedback.assignmentId, a.id), eq(feedback.studentId, viewer.id)))
        : [];
      return {
        ...summary(a, slug),
        roomId,
        side,
        targets: await targetClaims(JSON.parse(a.targetClaimIds)),
        progress: await progressOf(a, roomId, viewer.id, side),
        feedback: fb ? { comment: fb.comment, points: fb.points } : null,
      };
    }),
  );
}

/** Teachers: every student's progress on every assignment of the class. */
export async function classProgress(viewer: Viewer, classId: string) {
  await requireTeacher(classId, viewer);
  const [rows, students] = await Promise.all([assignmentsOf(classId), studentsOf(classId)]);
  return Promise.all(
    rows.map(async ({ a, slug }) => {
      const roomId = await roomFor(a);
      const grades = await db.select().from(feedback).where(eq(feedback.assignmentId, a.id));
      return {
        ...summary(a, slug),
        roomId,
        students: await Promise.all(
          students.map(async (s) => {
            const side = await sideOf(a.id, s.id, a);
            const fb = grades.find((g) => g.studentId === s.id);
            return {
              id: s.id,
              name: s.name,
              username: s.username,
              side,
              progress: await progressOf(a, roomId, s.id, side),
              feedback: fb ? { comment: fb.comment, points: fb.points } : null,
            };
          }),
        ),
      };
    }),
  );
}

export async function assignmentForTeacher(viewer: Viewer, assignmentId: string) {
  const [a] = await db.select().from(assignments).where(eq(assignments.id, assignmentId));
  if (!a) throw notFound("assignment");
  await requireTeacher(a.classId, viewer);
  return a;
}

export async function giveFeedback(
  viewer: Viewer,
  assignmentId: string,
  input: { studentId: string; comment: string; points: number | null },
) {
  const a = await assignmentForTeacher(viewer, assignmentId);
  const [member] = await db
    .select()
    .from(enrolments)
    .where(
      and(
        eq(enrolments.classId, a.classId),
        eq(enrolments.userId, input.studentId),
        eq(enrolments.role, "student"),
      ),
    );
  if (!member) throw notFound("student in this class");
  if (input.points !== null && input.points > a.maxPoints)
    throw invalid({ points: [`At most ${a.maxPoints} points.`] });
  await writeTransaction(db, (tx) =>
    tx
      .insert(feedback)
      .values({
        assignmentId,
        studentId: input.studentId,
        comment: input.comment,
        points: input.points,
        gradedBy: viewer.id,
      })
      .onConflictDoUpdate({
        target: [feedback.assignmentId, feedback.studentId],
        set: {
          comment: input.comment,
          points: input.points,
          gradedBy: viewer.id,
          updatedAt: new Date(),
        },
      }),
  );
}

export async function releaseGrades(viewer: Viewer, assignmentId: string, release = true) {
  await assignmentForTeacher(viewer, assignmentId);
  await writeTransaction(db, (tx) =>
    tx
      .update(assignments)
      .set({ gradesReleasedAt: release ? new Date() : null })
      .where(eq(assignments.id, assignmentId)),
  );
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  // Quote always; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** Gradebook: one row per student, one column per assignment (points; blank when ungraded). */
export async function gradebookCsv(viewer: Viewer, classId: string): Promise<string> {
  await requireTeacher(classId, viewer);
  const [rows, students] = await Promise.all([assignmentsOf(classId), studentsOf(classId)]);
  const ids = rows.map((r) => r.a.id);
  const grades = ids.length
    ? await db.select().from(feedback).where(inArray(feedback.assignmentId, ids))
    : [];
  const header = ["Student", "Username", ...rows.map((r) => `${r.a.title} (/${r.a.maxPoints})`)];
  const lines = students.map((s) => [
    s.name,
    s.username,
    ...rows.map(
      (r) => grades.find((g) => g.assignmentId === r.a.id && g.studentId === s.id)?.points ?? null,
    ),
  ]);
  // The byte-order mark tells spreadsheet programs (Excel above all) that the file is UTF-8;
  // without it they read Chinese names as mojibake.
  return (
    "\uFEFF" + [header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n"
  );
}

/** Teachers: what the class did in its rooms, in all and over the last 7 days. */
export async function activitySummary(viewer: Viewer, classId: string) {
  await requireTeacher(classId, viewer);
  const roomIds = (
    await db.select({ id: rooms.id }).from(rooms).where(eq(rooms.classId, classId))
  ).map((r) => r.id);
  if (roomIds.length === 0)
    return {
      evidence: 0,
      claimVotes: 0,
      evidenceRatings: 0,
      lastWeek: { evidence: 0, claimVotes: 0, evidenceRatings: 0 },
    };
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  const count = async (
    table: typeof evidence | typeof claimVotes | typeof evidenceVotes,
    since?: Date,
  ) => {
    const time = "createdAt" in table ? table.createdAt : table.updatedAt;
    const [row] = await db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(
        and(inArray(table.roomId, roomIds), since ? sql`${time} >= ${since.getTime()}` : undefined),
      );
    return row?.n ?? 0;
  };
  return {
    evidence: await count(evidence),
    claimVotes: await count(claimVotes),
    evidenceRatings: await count(evidenceVotes),
    lastWeek: {
      evidence: await count(evidence, weekAgo),
      claimVotes: await count(claimVotes, weekAgo),
      evidenceRatings: await count(evidenceVotes, weekAgo),
    },
  };
}
