import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { assignmentSides, assignments } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { requireStudentOf } from "../access";
import { studentsOf } from "../classes";
import { conflict } from "../errors";
import type { Viewer } from "../session";
import type { AssignmentInput } from "../validation/classes";
import { assignSides, assignmentColumns, checkDueTime } from "./create";
import { assignmentForTeacher } from "./rows";
import type { Side } from "./sides";

/**
 * Changes an assignment. Its debate stays (work already done in the room belongs to it). Sides
 * are kept while the side mode is kept, so an edit of the title does not reshuffle the teams;
 * a new mode deals sides afresh. Only a changed due time in the past asks for confirmation.
 */
export async function updateAssignment(
  viewer: Viewer,
  assignmentId: string,
  input: AssignmentInput,
) {
  const old = await assignmentForTeacher(viewer, assignmentId);
  if (Date.parse(input.dueAt) !== old.dueAt.getTime()) checkDueTime(input);
  const reshuffle = input.sideMode !== old.sideMode;
  const students = reshuffle ? await studentsOf(old.classId) : [];
  const sides = assignSides(
    input,
    students.map((s) => s.id),
  );
  await writeTransaction(db, async (tx) => {
    await tx
      .update(assignments)
      .set(assignmentColumns(input))
      .where(eq(assignments.id, assignmentId));
    if (!reshuffle) return;
    await tx.delete(assignmentSides).where(eq(assignmentSides.assignmentId, assignmentId));
    if (sides.length > 0)
      await tx.insert(assignmentSides).values(sides.map((s) => ({ assignmentId, ...s })));
  });
  return { id: assignmentId };
}

/** Deletes an assignment with its sides, feedback and grades; the room's evidence and votes stay. */
export async function deleteAssignment(viewer: Viewer, assignmentId: string) {
  await assignmentForTeacher(viewer, assignmentId);
  await writeTransaction(db, (tx) =>
    tx.delete(assignments).where(eq(assignments.id, assignmentId)),
  );
}

/** A copy to reuse: same debate, requirements and sides, no feedback, grades not released. */
export async function duplicateAssignment(viewer: Viewer, assignmentId: string) {
  const a = await assignmentForTeacher(viewer, assignmentId);
  const sides = await db
    .select({ userId: assignmentSides.userId, side: assignmentSides.side })
    .from(assignmentSides)
    .where(eq(assignmentSides.assignmentId, assignmentId));
  const id = randomUUID();
  await writeTransaction(db, async (tx) => {
    await tx.insert(assignments).values({
      ...a,
      id,
      title: `${a.title} (copy)`.slice(0, 150),
      gradesReleasedAt: null,
      createdBy: viewer.id,
      createdAt: new Date(),
    });
    if (sides.length > 0)
      await tx.insert(assignmentSides).values(sides.map((s) => ({ assignmentId: id, ...s })));
  });
  return { id };
}

/** The teacher sets, changes or (with null) clears one student's side. */
export async function setStudentSide(
  viewer: Viewer,
  assignmentId: string,
  input: { studentId: string; side: Side | null },
) {
  const a = await assignmentForTeacher(viewer, assignmentId);
  await requireStudentOf(a.classId, input.studentId);
  if (a.sideMode === "whole-class")
    throw conflict(
      "The whole class argues one side on this assignment; edit the assignment instead.",
    );
  const key = and(
    eq(assignmentSides.assignmentId, assignmentId),
    eq(assignmentSides.userId, input.studentId),
  );
  await writeTransaction(db, (tx) =>
    input.side === null
      ? tx.delete(assignmentSides).where(key)
      : tx
          .insert(assignmentSides)
          .values({ assignmentId, userId: input.studentId, side: input.side })
          .onConflictDoUpdate({
            target: [assignmentSides.assignmentId, assignmentSides.userId],
            set: { side: input.side },
          }),
  );
}
