import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { db } from "@/db";
import {
  assignmentSides,
  assignments,
  claimVotes,
  claims,
  classes,
  debates,
  enrolments,
  evidence,
  evidenceVotes,
  feedback,
  replies,
  rooms,
  users,
} from "@/db/schema";
import { unauthenticated } from "../errors";
import type { Viewer } from "../session";
import { evidenceWithRevisions } from "./export-evidence";
import { roomClass, roomLabel, withRoom, type Row } from "./export-room";
import type { Messages } from "../i18n/messages";

export type ExportSection = {
  key: keyof Messages["account"]["export"]["sections"];
  rows: Row[];
};

/**
 * Everything the viewer contributed, one section at a time, each read when the stream reaches
 * it: the download starts at once and only one section is held in memory at a time.
 */
export async function* accountExport(viewer: Viewer): AsyncGenerator<ExportSection> {
  const [account] = await db
    .select({ username: users.username, displayName: users.name, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.id, viewer.id), isNull(users.deletedAt)));
  if (!account) throw unauthenticated();
  yield { key: "account", rows: [{ ...account, exportedAt: new Date() }] };
  yield { key: "evidence", rows: await evidenceWithRevisions(viewer.id) };
  yield {
    key: "claims",
    rows: await db
      .select({ debate: debates.slug, claim: claims.id, text: claims.textEn, kind: claims.kind })
      .from(claims)
      .innerJoin(debates, eq(debates.id, claims.debateId))
      .where(eq(claims.createdBy, viewer.id)),
  };
  yield {
    key: "votes",
    rows: (
      await db
        .select({
          debate: debates.slug,
          claim: claims.textEn,
          ...roomLabel,
          agreement: claimVotes.agreement,
          impact: claimVotes.impact,
          updatedAt: claimVotes.updatedAt,
        })
        .from(claimVotes)
        .innerJoin(claims, eq(claims.id, claimVotes.claimId))
        .innerJoin(debates, eq(debates.id, claims.debateId))
        .innerJoin(rooms, eq(rooms.id, claimVotes.roomId))
        .leftJoin(roomClass, eq(roomClass.id, rooms.classId))
        .where(eq(claimVotes.userId, viewer.id))
        .orderBy(asc(claimVotes.updatedAt))
    ).map(withRoom),
  };
  yield {
    key: "ratings",
    rows: (
      await db
        .select({
          evidence: evidence.title,
          url: evidence.url,
          ...roomLabel,
          strength: evidenceVotes.strength,
          updatedAt: evidenceVotes.updatedAt,
        })
        .from(evidenceVotes)
        .innerJoin(evidence, eq(evidence.id, evidenceVotes.evidenceId))
        .innerJoin(rooms, eq(rooms.id, evidenceVotes.roomId))
        .leftJoin(roomClass, eq(roomClass.id, rooms.classId))
        .where(eq(evidenceVotes.userId, viewer.id))
        .orderBy(asc(evidenceVotes.updatedAt))
    ).map(withRoom),
  };
  yield {
    key: "replies",
    // Deleted and hidden replies too, marked, as evidence is.
    rows: (
      await db
        .select({
          debate: debates.slug,
          claim: claims.textEn,
          evidence: evidence.title,
          ...roomLabel,
          body: replies.body,
          createdAt: replies.createdAt,
          editedAt: replies.editedAt,
          deletedAt: replies.deletedAt,
          hiddenAt: replies.hiddenAt,
          hiddenReason: replies.hiddenReason,
        })
        .from(replies)
        .innerJoin(claims, eq(claims.id, replies.claimId))
        .innerJoin(debates, eq(debates.id, claims.debateId))
        .innerJoin(rooms, eq(rooms.id, replies.roomId))
        .leftJoin(roomClass, eq(roomClass.id, rooms.classId))
        .leftJoin(evidence, eq(evidence.id, replies.evidenceId))
        .where(eq(replies.authorId, viewer.id))
        .orderBy(asc(replies.createdAt))
    ).map(withRoom),
  };
  yield {
    key: "sides",
    rows: await db
      .select({ class: classes.name, assignment: assignments.title, side: assignmentSides.side })
      .from(assignmentSides)
      .innerJoin(assignments, eq(assignments.id, assignmentSides.assignmentId))
      .innerJoin(classes, eq(classes.id, assignments.classId))
      .where(eq(assignmentSides.userId, viewer.id)),
  };
  yield {
    key: "classes",
    rows: await db
      .select({
        class: classes.name,
        role: enrolments.role,
        pseudonym: enrolments.pseudonym,
        joinedAt: enrolments.createdAt,
      })
      .from(enrolments)
      .innerJoin(classes, eq(classes.id, enrolments.classId))
      .where(eq(enrolments.userId, viewer.id)),
  };
  yield {
    key: "feedback",
    rows: await db
      .select({
        class: classes.name,
        assignment: assignments.title,
        comment: feedback.comment,
        points: feedback.points,
        maxPoints: assignments.maxPoints,
        updatedAt: feedback.updatedAt,
      })
      .from(feedback)
      .innerJoin(assignments, eq(assignments.id, feedback.assignmentId))
      .innerJoin(classes, eq(classes.id, assignments.classId))
      // Only what the teacher released: drafts are not yet the student's.
      .where(and(eq(feedback.studentId, viewer.id), isNotNull(assignments.gradesReleasedAt))),
  };
}
