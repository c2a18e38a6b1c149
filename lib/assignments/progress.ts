import "server-only";
import { and, eq, inArray, isNull, max, sql, type AnyColumn } from "drizzle-orm";
import { db } from "@/db";
import {
  assignmentSides,
  claimVotes,
  evidence,
  evidenceVotes,
  feedback,
  replies,
} from "@/db/schema";
import { requireTeacher } from "../access";
import { studentsOf } from "../classes";
import { notFound } from "../errors";
import { roomsOfClass } from "../rooms";
import type { Viewer } from "../session";
import { assignmentsOf, summary, type AssignmentRow } from "./rows";
import type { Side } from "./sides";

/** What a person did in one room toward one claim: a count and when they last did it. */
type Tally = { roomId: string; userId: string; claimId: string; n: number; last: Date | null };
type EvidenceTally = Tally & { stance: Side };

/**
 * Everything needed to show progress on a class's assignments, read in a fixed number of
 * queries whatever the class size: the class's rooms, the sides dealt, the grades given, and
 * the evidence, claim votes, evidence ratings and replies in those rooms counted per person and
 * claim (a reply on an evidence item counts toward the item's claim).
 * Progress is then assembled in memory (`progressOf`), so a class of 30 costs what one of 3 does.
 */
export async function progressData(classId: string, assignmentIds: string[], userIds?: string[]) {
  const roomRows = await roomsOfClass(classId);
  const roomIds = roomRows.map((r) => r.id);
  const onlyUsers = (column: AnyColumn) => (userIds ? inArray(column, userIds) : undefined);
  const none = Promise.resolve([]);
  const [sides, grades, evidenceRows, voteRows, ratingRows, replyRows] = await Promise.all([
    assignmentIds.length
      ? db
          .select()
          .from(assignmentSides)
          .where(
            and(
              inArray(assignmentSides.assignmentId, assignmentIds),
              onlyUsers(assignmentSides.userId),
            ),
          )
      : none,
    assignmentIds.length
      ? db
          .select()
          .from(feedback)
          .where(and(inArray(feedback.assignmentId, assignmentIds), onlyUsers(feedback.studentId)))
      : none,
    roomIds.length
      ? db
          .select({
            roomId: evidence.roomId,
            userId: evidence.authorId,
            claimId: evidence.claimId,
            stance: evidence.stance,
            n: sql<number>`count(*)`,
            last: max(evidence.createdAt),
          })
          .from(evidence)
          .where(
            and(
              inArray(evidence.roomId, roomIds),
              isNull(evidence.deletedAt),
              onlyUsers(evidence.authorId),
            ),
          )
          .groupBy(evidence.roomId, evidence.authorId, evidence.claimId, evidence.stance)
      : none,
    roomIds.length
      ? db
          .select({
            roomId: claimVotes.roomId,
            userId: claimVotes.userId,
            claimId: claimVotes.claimId,
            n: sql<number>`count(*)`,
            last: max(claimVotes.updatedAt),
          })
          .from(claimVotes)
          .where(and(inArray(claimVotes.roomId, roomIds), onlyUsers(claimVotes.userId)))
          .groupBy(claimVotes.roomId, claimVotes.userId, claimVotes.claimId)
      : none,
    roomIds.length
      ? db
          .select({
            roomId: evidenceVotes.roomId,
            userId: evidenceVotes.userId,
            claimId: evidence.claimId,
            n: sql<number>`count(*)`,
            last: max(evidenceVotes.updatedAt),
          })
          .from(evidenceVotes)
          .innerJoin(evidence, eq(evidence.id, evidenceVotes.evidenceId))
          .where(and(inArray(evidenceVotes.roomId, roomIds), onlyUsers(evidenceVotes.userId)))
          .groupBy(evidenceVotes.roomId, evidenceVotes.userId, evidence.claimId)
      : none,
    roomIds.length
      ? db
          .select({
            roomId: replies.roomId,
            userId: replies.authorId,
            claimId: replies.claimId,
            n: sql<number>`count(*)`,
            last: max(replies.createdAt),
          })
          .from(replies)
          .where(
            and(
              inArray(replies.roomId, roomIds),
              isNull(replies.deletedAt),
              isNull(replies.hiddenAt),
              onlyUsers(replies.authorId),
            ),
          )
          .groupBy(replies.roomId, replies.authorId, replies.claimId)
      : none,
  ]);
  return {
    /** The class's room of the assignment's debate. */
    roomOfAssignment(a: AssignmentRow) {
      const room = roomRows.find((r) => r.debateId === a.debateId);
      if (!room) throw notFound("class room");
      return room.id;
    },
    sideOf(a: AssignmentRow, userId: string): Side | null {
      if (a.sideMode === "whole-class") return a.wholeClassSide;
      return sides.find((s) => s.assignmentId === a.id && s.userId === userId)?.side ?? null;
    },
    feedbackOf(a: AssignmentRow, userId: string) {
      const fb = grades.find((g) => g.assignmentId === a.id && g.studentId === userId);
      return fb ? { comment: fb.comment, points: fb.points } : null;
    },
    /** One student's counts toward an assignment's requirements, in the class's room of its debate. */
    progressOf(a: AssignmentRow, roomId: string, userId: string, side: Side | null) {
      const targets: string[] = JSON.parse(a.targetClaimIds);
      const counted = <T extends Tally>(rows: T[], also: (row: T) => boolean = () => true) =>
        total(
          rows.filter(
            (r) =>
              r.roomId === roomId &&
              r.userId === userId &&
              (targets.length === 0 || targets.includes(r.claimId)) &&
              also(r),
          ),
        );
      const ev = counted(evidenceRows as EvidenceTally[], (r) => !side || r.stance === side);
      const votes = counted(voteRows as Tally[]);
      const ratings = counted(ratingRows as Tally[]);
      const said = counted(replyRows as Tally[]);
      return progress(a, {
        evidence: ev,
        claimVotes: votes,
        evidenceRatings: ratings,
        replies: said,
      });
    },
  };
}

const total = (rows: Tally[]) => ({
  n: rows.reduce((sum, r) => sum + r.n, 0),
  last: latest(rows.map((r) => r.last)),
});

const latest = (dates: (Date | null)[]) =>
  dates.filter((d): d is Date => d instanceof Date).sort((x, y) => y.getTime() - x.getTime())[0] ??
  null;

type Counted = { n: number; last: Date | null };

function progress(
  a: AssignmentRow,
  done: { evidence: Counted; claimVotes: Counted; evidenceRatings: Counted; replies: Counted },
) {
  const lastActivity = latest([
    done.evidence.last,
    done.claimVotes.last,
    done.evidenceRatings.last,
    done.replies.last,
  ]);
  const counts = {
    evidence: done.evidence.n,
    claimVotes: done.claimVotes.n,
    evidenceRatings: done.evidenceRatings.n,
    replies: done.replies.n,
  };
  const complete =
    counts.evidence >= a.minEvidence &&
    counts.claimVotes >= a.minClaimVotes &&
    counts.evidenceRatings >= a.minEvidenceRatings &&
    counts.replies >= a.minReplies;
  const pastDue = Date.now() > a.dueAt.getTime();
  return {
    counts,
    required: {
      evidence: a.minEvidence,
      claimVotes: a.minClaimVotes,
      evidenceRatings: a.minEvidenceRatings,
      replies: a.minReplies,
    },
    complete,
    lastActivity: lastActivity?.toISOString() ?? null,
    // Late work is marked, never blocked: past due and either unfinished or worked on after the due time.
    late:
      pastDue &&
      (!complete || (lastActivity !== null && lastActivity.getTime() > a.dueAt.getTime())),
  };
}

/** Teachers: every student's progress on every assignment of the class. */
export async function classProgress(viewer: Viewer, classId: string) {
  await requireTeacher(classId, viewer);
  const [rows, students] = await Promise.all([assignmentsOf(classId), studentsOf(classId)]);
  const data = await progressData(
    classId,
    rows.map((r) => r.a.id),
  );
  return rows.map(({ a, slug }) => {
    const roomId = data.roomOfAssignment(a);
    return {
      ...summary(a, slug),
      roomId,
      students: students.map((s) => {
        const side = data.sideOf(a, s.id);
        return {
          id: s.id,
          name: s.name,
          username: s.username,
          side,
          progress: data.progressOf(a, roomId, s.id, side),
          feedback: data.feedbackOf(a, s.id),
        };
      }),
    };
  });
}
