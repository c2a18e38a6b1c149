import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../write";
import { assignments, claimSuccessors, claims, claimVotes, rooms } from "../schema";
import { rebuildRoom } from "../../lib/tally/rebuild";
import type { SeedMapRevision } from "./types";

type Ids = { before: (key: string) => string; after: (key: string) => string };

/**
 * Carries a debate's arguments from one version of its map to the next, inside the seed's
 * transaction, after the new version's claims are upserted (docs/decisions/0015-map-revisions.md):
 * a merged claim's evidence and votes move to its survivor (one vote per person and room, the
 * latest kept); a merged or retired claim is marked retired with links to its successors, and
 * keeps whatever did not move; assignments aimed at it aim at its successors; every room's
 * tallies are recomputed under a new revision. Nothing is deleted but derived rows.
 */
export async function reviseMap(
  tx: Transaction,
  debateId: string,
  revision: SeedMapRevision,
  ids: Ids,
  liveIds: Set<string>,
): Promise<void> {
  const successors = successorsOf(revision, ids);
  await assertComplete(tx, debateId, revision.version, successors, liveIds);

  for (const [oldKey, survivorKey] of Object.entries(revision.merged))
    await moveArgument(tx, ids.before(oldKey), ids.after(survivorKey));
  const now = new Date();
  for (const [claimId, next] of successors) {
    await tx.update(claims).set({ retiredAt: now }).where(eq(claims.id, claimId));
    await tx
      .insert(claimSuccessors)
      .values(next.map((successorId, position) => ({ claimId, successorId, position })))
      .onConflictDoNothing();
  }
  await retargetAssignments(tx, debateId, successors);
  const debateRooms = await tx
    .select({ id: rooms.id })
    .from(rooms)
    .where(eq(rooms.debateId, debateId));
  for (const room of debateRooms) await rebuildRoom(tx, room.id);
}

/** Old claim id → the ids of the claims that carry its argument on. */
function successorsOf(revision: SeedMapRevision, ids: Ids): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [old, survivor] of Object.entries(revision.merged))
    result.set(ids.before(old), [ids.after(survivor)]);
  for (const [old, next] of Object.entries(revision.retired))
    result.set(ids.before(old), next.map(ids.after));
  return result;
}

/** Refuses a revision that leaves a claim of the old map unaccounted for or points nowhere. */
async function assertComplete(
  tx: Transaction,
  debateId: string,
  version: number,
  successors: Map<string, string[]>,
  liveIds: Set<string>,
) {
  const current = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.debateId, debateId), isNull(claims.retiredAt), isNull(claims.createdBy)));
  const problems: string[] = [];
  for (const { id } of current)
    if (!liveIds.has(id) && !successors.has(id))
      problems.push(`claim ${id} is neither in the new map nor merged or retired`);
  for (const [id, next] of successors) {
    if (liveIds.has(id)) problems.push(`claim ${id} is retired but still in the map`);
    if (next.length === 0) problems.push(`claim ${id} is retired without successors`);
    for (const s of next)
      if (!liveIds.has(s)) problems.push(`successor ${s} of ${id} is not in the map`);
  }
  if (problems.length > 0)
    throw new Error(`Map version ${version} of ${debateId}: ${problems.join("; ")}`);
}

/**
 * Moves a merged claim's evidence and votes to its survivor. Evidence ratings stay on their
 * evidence. Where a person voted on both, the vote changed last is kept; an author's item citing
 * a source they already cite on the survivor stays on the old claim (it would count once anyway),
 * listed on its page.
 */
async function moveArgument(tx: Transaction, from: string, to: string) {
  await tx.run(sql`
    update evidence set claim_id = ${to}
    where claim_id = ${from} and not (deleted_at is null and exists (
      select 1 from evidence kept where kept.room_id = evidence.room_id and kept.claim_id = ${to}
        and kept.author_id = evidence.author_id and kept.url = evidence.url
        and kept.deleted_at is null))`);
  await tx.run(sql`
    update claim_votes set agreement = old.agreement, impact = old.impact, updated_at = old.updated_at
    from (select room_id, user_id, agreement, impact, updated_at from claim_votes where claim_id = ${from}) as old
    where claim_votes.claim_id = ${to} and claim_votes.room_id = old.room_id
      and claim_votes.user_id = old.user_id and old.updated_at > claim_votes.updated_at`);
  await tx.run(sql`
    delete from claim_votes where claim_id = ${from} and exists (
      select 1 from claim_votes kept where kept.claim_id = ${to}
        and kept.room_id = claim_votes.room_id and kept.user_id = claim_votes.user_id)`);
  await tx.update(claimVotes).set({ claimId: to }).where(eq(claimVotes.claimId, from));
}

/** Assignments aimed at a retired claim aim at its successors instead. */
async function retargetAssignments(
  tx: Transaction,
  debateId: string,
  successors: Map<string, string[]>,
) {
  const rows = await tx
    .select({ id: assignments.id, targets: assignments.targetClaimIds })
    .from(assignments)
    .where(eq(assignments.debateId, debateId));
  for (const row of rows) {
    const before: string[] = JSON.parse(row.targets);
    const after = [...new Set(before.flatMap((id) => successors.get(id) ?? [id]))];
    if (after.join("\u0000") !== before.join("\u0000"))
      await tx
        .update(assignments)
        .set({ targetClaimIds: JSON.stringify(after) })
        .where(eq(assignments.id, row.id));
  }
}
