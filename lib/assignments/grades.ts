import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { assignments, feedback } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { requireStudentOf } from "../access";
import { invalid } from "../errors";
import type { Viewer } from "../session";
import { notify } from "../notifications/notify";
import { assignmentForTeacher } from "./rows";

export async function giveFeedback(
  viewer: Viewer,
  assignmentId: string,
  input: { studentId: string; comment: string; points: number | null },
) {
  const a = await assignmentForTeacher(viewer, assignmentId);
  await requireStudentOf(a.classId, input.studentId);
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
  const a = await assignmentForTeacher(viewer, assignmentId);
  await writeTransaction(db, async (tx) => {
    await tx
      .update(assignments)
      .set({ gradesReleasedAt: release ? new Date() : null })
      .where(eq(assignments.id, assignmentId));
    // Told once, when the feedback first becomes visible to them.
    if (!release || a.gradesReleasedAt) return;
    const graded = await tx
      .select({ studentId: feedback.studentId })
      .from(feedback)
      .where(eq(feedback.assignmentId, assignmentId));
    await notify(
      tx,
      graded.map((g) => ({
        userId: g.studentId,
        kind: "feedback-released" as const,
        actorId: viewer.id,
        href: `/classes/${a.classId}`,
        subject: a.title,
      })),
    );
  });
}
