import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { assignmentSides, assignments, debates } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { requireTeacher } from "../access";
import { studentsOf } from "../classes";
import { invalid } from "../errors";
import type { Viewer } from "../session";
import type { AssignmentInput } from "../validation/classes";
import { dealBalancedSides, type Side } from "./sides";

/** The columns an assignment's form sets, as stored: shared by creating and editing. */
export const assignmentColumns = (input: AssignmentInput) => ({
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
  minReplies: input.minReplies,
  maxPoints: input.maxPoints,
});

export async function createAssignment(viewer: Viewer, classId: string, input: AssignmentInput) {
  await requireTeacher(classId, viewer);
  checkDueTime(input);
  const [debate] = await db
    .select({ id: debates.id })
    .from(debates)
    .where(input.debate === undefined ? undefined : eq(debates.slug, input.debate))
    .orderBy(asc(debates.createdAt))
    .limit(1);
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
      ...assignmentColumns(input),
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
