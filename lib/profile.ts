import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import {
  claimVotes,
  claims,
  debates,
  enrolments,
  evidence,
  evidenceVotes,
  users,
} from "@/db/schema";
import { requireTeacher } from "./access";
import { notFound } from "./errors";
import { roomIdsOfClass } from "./rooms";
import { hiddenStates } from "./moderation-review";
import type { Viewer } from "./session";

/** What the viewer has contributed: their evidence and their votes, newest first. */
export const myContributions = (viewer: Viewer) => contributionsOf(viewer.id);

/** For a class's teachers: what one student contributed in the class's rooms. */
export async function studentContributions(viewer: Viewer, classId: string, studentId: string) {
  await requireTeacher(classId, viewer);
  const [member] = await db
    .select({ name: users.name })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, studentId)));
  if (!member) throw notFound("student in this class");
  return {
    name: member.name,
    ...(await contributionsOf(studentId, await roomIdsOfClass(classId))),
  };
}

/** A user's evidence and votes, newest first; only in `roomIds` when given. */
async function contributionsOf(userId: string, roomIds?: string[]) {
  const inRooms = (
    column: typeof evidence.roomId | typeof claimVotes.roomId | typeof evidenceVotes.roomId,
  ) => (roomIds ? inArray(column, roomIds) : undefined);
  const [items, votes, ratings] = await Promise.all([
    db
      .select({
        id: evidence.id,
        title: evidence.title,
        stance: evidence.stance,
        claimId: claims.id,
        claimEn: claims.textEn,
        slug: debates.slug,
        roomId: evidence.roomId,
        at: evidence.createdAt,
        hidden: evidence.hiddenAt,
      })
      .from(evidence)
      .innerJoin(claims, eq(claims.id, evidence.claimId))
      .innerJoin(debates, eq(debates.id, claims.debateId))
      .where(
        and(eq(evidence.authorId, userId), isNull(evidence.deletedAt), inRooms(evidence.roomId)),
      )
      .orderBy(desc(evidence.createdAt)),
    db
      .select({
        claimId: claims.id,
        claimEn: claims.textEn,
        slug: debates.slug,
        roomId: claimVotes.roomId,
        agreement: claimVotes.agreement,
        impact: claimVotes.impact,
        at: claimVotes.updatedAt,
      })
      .from(claimVotes)
      .innerJoin(claims, eq(claims.id, claimVotes.claimId))
      .innerJoin(debates, eq(debates.id, claims.debateId))
      .where(and(eq(claimVotes.userId, userId), inRooms(claimVotes.roomId)))
      .orderBy(desc(claimVotes.updatedAt)),
    db.$count(evidenceVotes, and(eq(evidenceVotes.userId, userId), inRooms(evidenceVotes.roomId))),
  ]);
  // A hidden item says why it was hidden and whether its author asked for a review.
  const states = await hiddenStates(items.filter((i) => i.hidden).map((i) => i.id));
  const withStates = items.map((i) => ({ ...i, moderation: states.get(i.id) ?? null }));
  return { evidence: withStates, votes, ratingCount: ratings };
}
