import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
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
  evidenceRevisions,
  evidenceVotes,
  feedback,
  rooms,
  users,
} from "@/db/schema";
import { unauthenticated } from "../errors";
import type { Viewer } from "../session";
import { exportText } from "./export-text";

type Row = Record<string, unknown>;
export type ExportSection = { key: keyof typeof exportText.sections; rows: Row[] };

const roomClass = alias(classes, "room_class");
/** Where something was said: the debate's public room or a class's private room. */
const roomLabel = { room: rooms.id, className: roomClass.name };
function withRoom<T extends { room: string; className: string | null }>({ className, ...row }: T) {
  return {
    ...row,
    room: className ? `${exportText.classRoom}: ${className}` : exportText.publicRoom,
  };
}

/**
 * Everything the viewer contributed, one section at a time, each read when the stream reaches
 * it: the download starts at once and never holds the whole account in memory.
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

/** The viewer's evidence (deleted and hidden items too, marked) with each earlier version. */
async function evidenceWithRevisions(userId: string): Promise<Row[]> {
  const items = await db
    .select({
      id: evidence.id,
      debate: debates.slug,
      claim: claims.textEn,
      ...roomLabel,
      stance: evidence.stance,
      title: evidence.title,
      url: evidence.url,
      quote: evidence.quote,
      explanation: evidence.explanation,
      sourceType: evidence.sourceType,
      createdAt: evidence.createdAt,
      updatedAt: evidence.updatedAt,
      deletedAt: evidence.deletedAt,
      hiddenAt: evidence.hiddenAt,
    })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(debates, eq(debates.id, claims.debateId))
    .innerJoin(rooms, eq(rooms.id, evidence.roomId))
    .leftJoin(roomClass, eq(roomClass.id, rooms.classId))
    .where(eq(evidence.authorId, userId))
    .orderBy(asc(evidence.createdAt));
  const revisions =
    items.length === 0
      ? []
      : await db
          .select()
          .from(evidenceRevisions)
          .where(
            inArray(
              evidenceRevisions.evidenceId,
              items.map((i) => i.id),
            ),
          )
          .orderBy(asc(evidenceRevisions.id));
  return items.map((item) => ({
    ...withRoom(item),
    revisions: revisions
      .filter((r) => r.evidenceId === item.id)
      .map((r) => ({ action: r.action, at: r.createdAt, before: earlierVersion(r.before) })),
  }));
}

/** The reader's own words from a stored version, without internal columns. */
function earlierVersion(json: string) {
  const { stance, title, url, quote, explanation, sourceType } = JSON.parse(json) as Row;
  return { stance, title, url, quote, explanation, sourceType };
}
