import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/write";
import { claims, rooms, tallies, thesisHistory } from "@/db/schema";
import { compareIds } from "./full";
import {
  emptyAggregates,
  evaluate,
  NEUTRAL_SCORE,
  type Aggregates,
  type ChildInput,
} from "./model";

/**
 * Incremental tally maintenance, inside the transaction of the write that caused it.
 * A write adds integer deltas to its claim's aggregates, then the claim and each ancestor is
 * re-evaluated from stored aggregates and its children's stored rows: the cost grows with the
 * depth of the claim (and its siblings), never with the number of votes.
 */

/** Bumps the room's revision; tally rows written by this write carry it. */
export async function bumpRevision(tx: Transaction, roomId: string): Promise<number> {
  const [room] = await tx
    .update(rooms)
    .set({ revision: sql`${rooms.revision} + 1` })
    .where(eq(rooms.id, roomId))
    .returning({ revision: rooms.revision });
  if (!room) throw new Error(`No room ${roomId}`);
  return room.revision;
}

export async function addToAggregates(
  tx: Transaction,
  roomId: string,
  claimId: string,
  delta: Partial<Aggregates>,
): Promise<void> {
  const entries = Object.entries(delta).filter(([, v]) => v !== 0) as [keyof Aggregates, number][];
  if (entries.length === 0) return;
  const set = Object.fromEntries(entries.map(([k, v]) => [k, sql`${tallies[k]} + ${v}`]));
  await tx
    .insert(tallies)
    .values({ roomId, claimId, ...Object.fromEntries(entries) })
    .onConflictDoUpdate({ target: [tallies.roomId, tallies.claimId], set });
}

async function storedTally(tx: Transaction, roomId: string, claimId: string) {
  const [row] = await tx
    .select()
    .from(tallies)
    .where(and(eq(tallies.roomId, roomId), eq(tallies.claimId, claimId)));
  return row;
}

async function childInputs(
  tx: Transaction,
  roomId: string,
  claimId: string,
): Promise<ChildInput[]> {
  const rows = await tx
    .select({
      claimId: claims.id,
      relation: claims.relation,
      net: tallies.net,
      impactSum: tallies.impactSum,
      impactCount: tallies.impactCount,
    })
    .from(claims)
    .leftJoin(tallies, and(eq(tallies.claimId, claims.id), eq(tallies.roomId, roomId)))
    .where(eq(claims.parentId, claimId))
    .orderBy(asc(claims.id));
  return rows
    .map((r) => ({
      claimId: r.claimId,
      relation: r.relation ?? "supports",
      net: r.net ?? 0,
      impactSum: r.impactSum ?? 0,
      impactCount: r.impactCount ?? 0,
    }))
    .sort((a, b) => compareIds(a.claimId, b.claimId));
}

/** Re-evaluates `claimId` and every ancestor; records the thesis score when it changes. */
export async function propagate(
  tx: Transaction,
  roomId: string,
  claimId: string,
  revision: number,
): Promise<void> {
  let current: string | null = claimId;
  while (current) {
    const [claim] = await tx
      .select({ parentId: claims.parentId })
      .from(claims)
      .where(eq(claims.id, current));
    if (!claim) throw new Error(`No claim ${current}`);
    const stored = await storedTally(tx, roomId, current);
    const aggregates: Aggregates = stored ?? emptyAggregates();
    const { net, score } = evaluate(aggregates, await childInputs(tx, roomId, current));
    await tx
      .insert(tallies)
      .values({ roomId, claimId: current, ...pickAggregates(aggregates), net, score, revision })
      .onConflictDoUpdate({
        target: [tallies.roomId, tallies.claimId],
        set: { net, score, revision, updatedAt: new Date() },
      });
    if (claim.parentId === null && (stored?.score ?? NEUTRAL_SCORE) !== score) {
      await tx.insert(thesisHistory).values({ roomId, score, revision });
    }
    current = claim.parentId;
  }
}

function pickAggregates(a: Aggregates): Aggregates {
  return {
    evidenceNet: a.evidenceNet,
    ratingNet: a.ratingNet,
    agreementSum: a.agreementSum,
    agreementCount: a.agreementCount,
    impactSum: a.impactSum,
    impactCount: a.impactCount,
  };
}
