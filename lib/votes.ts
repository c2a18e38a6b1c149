import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { claimVotes, evidence, evidenceVotes } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { forbidden, notFound } from "./errors";
import { actingUser, assertCanReadRoom } from "./access";
import { claimInRoom, roomById } from "./rooms";
import type { Viewer } from "./session";
import { changeRating, commitTallyChange, evidenceState } from "./tally/effects";
import { readPath } from "./tally/update";

export type ClaimVote = { agreement: number | null; impact: number | null };

/**
 * Sets (or, with nulls, clears) the viewer's answers on a claim. One row per user, claim and
 * room; a repeated identical vote changes nothing. Omitted answers are kept.
 */
export async function voteOnClaim(
  viewer: Viewer,
  claimId: string,
  roomId: string | undefined,
  answers: { agreement?: number | null; impact?: number | null },
): Promise<ClaimVote & { revision: number }> {
  const { room } = await claimInRoom(claimId, roomId, viewer);
  // The statements of the busiest write are SQL text: building them with the query builder cost
  // more than running them (decision 0031).
  return writeTransaction(db, async (tx) => {
    const key = sql`room_id = ${room.id} and claim_id = ${claimId} and user_id = ${viewer.id}`;
    // The old vote comes with the room's bump: one statement for both (decisions 0034, 0035).
    const read = await readPath(
      tx,
      room.id,
      claimId,
      sql`(select json_array(agreement, impact) from claim_votes where ${key})`,
    );
    const [agreement = null, impact = null] = (read.extra as (number | null)[] | null) ?? [];
    const before: ClaimVote = { agreement, impact };
    const next: ClaimVote = {
      agreement: answers.agreement === undefined ? before.agreement : answers.agreement,
      impact: answers.impact === undefined ? before.impact : answers.impact,
    };
    if (next.agreement === null && next.impact === null)
      await tx.run(sql`delete from claim_votes where ${key}`);
    else
      await tx.run(sql`
        insert into claim_votes (room_id, claim_id, user_id, agreement, impact)
        values (${room.id}, ${claimId}, ${viewer.id}, ${next.agreement}, ${next.impact})
        on conflict (room_id, claim_id, user_id) do update set
          agreement = excluded.agreement, impact = excluded.impact, updated_at = ${Date.now()}`);
    const delta = claimVoteDelta(before, next);
    const revision = await commitTallyChange(tx, room.id, claimId, delta, read);
    return { ...next, revision };
  });
}

/** What replacing one vote on a claim with another does to the claim's aggregates. */
export function claimVoteDelta(before: ClaimVote, next: ClaimVote) {
  return {
    agreementSum: (next.agreement ?? 0) - (before.agreement ?? 0),
    agreementCount: Number(next.agreement !== null) - Number(before.agreement !== null),
    impactSum: (next.impact ?? 0) - (before.impact ?? 0),
    impactCount: Number(next.impact !== null) - Number(before.impact !== null),
  };
}

/** Rates (1–5) or, with null, un-rates an evidence item for the viewer. */
export async function rateEvidence(
  viewer: Viewer,
  evidenceId: string,
  strength: number | null,
): Promise<{ strength: number | null; revision: number }> {
  const [item] = await db.select().from(evidence).where(eq(evidence.id, evidenceId));
  if (!item || item.deletedAt || item.hiddenAt) throw notFound("evidence");
  await assertCanReadRoom((await roomById(item.roomId))!, actingUser(viewer));
  // An author rating their own item would count their say twice. Taking back an old rating
  // (from before this rule) stays possible.
  if (item.authorId === viewer.id && strength !== null)
    throw forbidden("You cannot rate your own evidence; others judge its strength.");
  return writeTransaction(db, async (tx) => {
    const key = and(
      eq(evidenceVotes.roomId, item.roomId),
      eq(evidenceVotes.evidenceId, evidenceId),
      eq(evidenceVotes.userId, viewer.id),
    );
    // Re-read inside the transaction: the item may have been hidden or deleted meanwhile.
    const [current] = await tx.select().from(evidence).where(eq(evidence.id, evidenceId));
    if (!current || current.deletedAt || current.hiddenAt) throw notFound("evidence");
    const [old] = await tx.select().from(evidenceVotes).where(key);
    if (strength === null) await tx.delete(evidenceVotes).where(key);
    else
      await tx
        .insert(evidenceVotes)
        .values({ roomId: item.roomId, evidenceId, userId: viewer.id, strength })
        .onConflictDoUpdate({
          target: [evidenceVotes.roomId, evidenceVotes.evidenceId, evidenceVotes.userId],
          set: { strength, updatedAt: new Date() },
        });
    const revision = await changeRating(
      tx,
      evidenceState(current),
      viewer.id,
      old?.strength ?? null,
      strength,
    );
    return { strength, revision };
  });
}

/** The viewer's own votes on a claim and on its evidence, in one room. */
export async function myVotes(viewerId: string, roomId: string, claimId: string) {
  const [vote] = await db
    .select({ agreement: claimVotes.agreement, impact: claimVotes.impact })
    .from(claimVotes)
    .where(
      and(
        eq(claimVotes.roomId, roomId),
        eq(claimVotes.claimId, claimId),
        eq(claimVotes.userId, viewerId),
      ),
    );
  return { claim: vote ?? { agreement: null, impact: null } };
}
