import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { assignments, claims, debates } from "@/db/schema";
import { requireTeacher } from "../access";
import { notFound } from "../errors";
import type { Viewer } from "../session";

export type AssignmentRow = typeof assignments.$inferSelect;

/** An assignment as the API and pages show it. */
export function summary(a: AssignmentRow, slug: string) {
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
    minReplies: a.minReplies,
    maxPoints: a.maxPoints,
    gradesReleased: a.gradesReleasedAt !== null,
  };
}

/** A class's assignments with their debate's slug, soonest due first. */
export async function assignmentsOf(classId: string) {
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

export async function assignmentForTeacher(viewer: Viewer, assignmentId: string) {
  const [a] = await db.select().from(assignments).where(eq(assignments.id, assignmentId));
  if (!a) throw notFound("assignment");
  await requireTeacher(a.classId, viewer);
  return a;
}
