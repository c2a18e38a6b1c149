import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  accounts,
  classes,
  claimVotes,
  enrolments,
  evidence,
  evidenceVotes,
  recoveryCodes,
  replies,
  replyLog,
  users,
} from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { AppError } from "../errors";
import { reviseItem, softDeletion } from "../evidence";
import { actingUser } from "../access";
import type { Viewer } from "../session";
import { changeRating, commitTallyChange, evidenceState } from "../tally/effects";
import { claimVoteDelta } from "../votes";
import { requirePassword } from "./password-check";
import { accountText, DELETED_ACCOUNT_NAME } from "./text";

/**
 * Deletes the viewer's account after their password. The row stays, emptied (no username,
 * password, e-mail; the name "deleted account"), so evidence, votes and class gradebooks keep
 * their author and no score jumps; every session ends at once. With `deleteContributions` the
 * evidence, votes and ratings first leave the tallies exactly as the reader deleting each one
 * would. All in one transaction: a failure changes nothing (docs/decisions/0013).
 */
export async function deleteAccount(
  viewer: Viewer,
  input: { password: string; deleteContributions: boolean },
): Promise<void> {
  await requirePassword(actingUser(viewer).id, input.password);
  await writeTransaction(db, async (tx) => {
    await refuseIfLastTeacher(tx, viewer.id);
    if (input.deleteContributions) await withdrawContributions(tx, viewer.id);
    // Teaching ends with the account; a student's enrolment stays for the gradebook.
    await tx
      .delete(enrolments)
      .where(and(eq(enrolments.userId, viewer.id), eq(enrolments.role, "teacher")));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, viewer.id));
    await tx.delete(accounts).where(eq(accounts.userId, viewer.id));
    const now = new Date();
    await tx
      .update(users)
      .set({
        username: null,
        name: DELETED_ACCOUNT_NAME,
        email: null,
        emailVerified: null,
        image: null,
        passwordHash: null,
        role: "user",
        mustChangePassword: false,
        disabledAt: now,
        deletedAt: now,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, viewer.id));
  });
}

/** A class with students must keep a teacher: the last one cannot leave by deleting the account. */
async function refuseIfLastTeacher(tx: Transaction, userId: string): Promise<void> {
  const others = sql<number>`(select count(*) from ${enrolments} o where o.class_id = ${enrolments.classId} and o.user_id <> ${userId} and o.role = 'teacher')`;
  const students = sql<number>`(select count(*) from ${enrolments} s where s.class_id = ${enrolments.classId} and s.role = 'student')`;
  const stranded = await tx
    .select({ name: classes.name, others, students })
    .from(enrolments)
    .innerJoin(classes, eq(classes.id, enrolments.classId))
    .where(and(eq(enrolments.userId, userId), eq(enrolments.role, "teacher")));
  const names = stranded.filter((c) => c.others === 0 && c.students > 0).map((c) => c.name);
  if (names.length > 0) throw new AppError(409, accountText.deletion.lastTeacher(names));
}

/** Every contribution leaves its tally the way the reader's own deletion or un-vote does. */
async function withdrawContributions(tx: Transaction, userId: string): Promise<void> {
  const items = await tx
    .select()
    .from(evidence)
    .where(and(eq(evidence.authorId, userId), isNull(evidence.deletedAt)));
  for (const row of items) await reviseItem(tx, userId, row, "delete", softDeletion);

  // Replies go as the author's own deletion does: "deleted" in place, the text in the log.
  const said = await tx
    .select()
    .from(replies)
    .where(and(eq(replies.authorId, userId), isNull(replies.deletedAt)));
  if (said.length > 0) {
    await tx
      .update(replies)
      .set({ deletedAt: new Date() })
      .where(and(eq(replies.authorId, userId), isNull(replies.deletedAt)));
    await tx.insert(replyLog).values(
      said.map((r) => ({
        roomId: r.roomId,
        replyId: r.id,
        actorId: userId,
        action: "delete" as const,
        detail: r.body,
      })),
    );
  }

  const votes = await tx.select().from(claimVotes).where(eq(claimVotes.userId, userId));
  for (const vote of votes) {
    await tx
      .delete(claimVotes)
      .where(
        and(
          eq(claimVotes.roomId, vote.roomId),
          eq(claimVotes.claimId, vote.claimId),
          eq(claimVotes.userId, userId),
        ),
      );
    await commitTallyChange(
      tx,
      vote.roomId,
      vote.claimId,
      claimVoteDelta(vote, { agreement: null, impact: null }),
    );
  }

  const ratings = await tx
    .select({ rating: evidenceVotes, item: evidence })
    .from(evidenceVotes)
    .innerJoin(evidence, eq(evidence.id, evidenceVotes.evidenceId))
    .where(eq(evidenceVotes.userId, userId));
  for (const { rating, item } of ratings) {
    await tx
      .delete(evidenceVotes)
      .where(
        and(
          eq(evidenceVotes.roomId, rating.roomId),
          eq(evidenceVotes.evidenceId, rating.evidenceId),
          eq(evidenceVotes.userId, userId),
        ),
      );
    await changeRating(tx, evidenceState(item), userId, rating.strength, null);
  }
}
