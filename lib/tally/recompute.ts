import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Transaction } from "@/db/write";
import { claimVotes, evidence, evidenceVotes, rooms, tallies } from "@/db/schema";
import { roomShapeRows, visibleTree } from "../claim-scope";
import { computeRoom, type ClaimTally, type RoomInputs } from "./full";
import { emptyAggregates, NEUTRAL_SCORE } from "./model";

/** The raw rows of one room, as the full recomputation takes them; retired and hidden claims are out of the tree. */
export async function loadRoomInputs(
  db: Database | Transaction,
  roomId: string,
): Promise<RoomInputs> {
  const [room] = await db.select().from(rooms).where(eq(rooms.id, roomId));
  if (!room) throw new Error(`No room ${roomId}`);
  const [claimRows, evidenceRows, ratingRows, voteRows] = await Promise.all([
    roomShapeRows(db, room.debateId, roomId),
    db.select().from(evidence).where(eq(evidence.roomId, roomId)),
    db.select().from(evidenceVotes).where(eq(evidenceVotes.roomId, roomId)),
    db.select().from(claimVotes).where(eq(claimVotes.roomId, roomId)),
  ]);
  return {
    claims: visibleTree(claimRows).map(({ id, parentId, relation }) => ({
      id,
      parentId,
      relation,
    })),
    evidence: evidenceRows.map((e) => ({
      id: e.id,
      claimId: e.claimId,
      authorId: e.authorId,
      stance: e.stance,
      visible: e.deletedAt === null && e.hiddenAt === null,
    })),
    evidenceVotes: ratingRows.map((v) => ({
      evidenceId: v.evidenceId,
      userId: v.userId,
      strength: v.strength,
    })),
    claimVotes: voteRows.map((v) => ({
      claimId: v.claimId,
      userId: v.userId,
      agreement: v.agreement,
      impact: v.impact,
    })),
  };
}

export type TallyMismatch = { claimId: string; stored: ClaimTally; recomputed: ClaimTally };

/** Every claim whose stored tally differs from a recomputation from the raw rows. */
export async function compareRoom(db: Database, roomId: string): Promise<TallyMismatch[]> {
  const recomputed = computeRoom(await loadRoomInputs(db, roomId));
  const storedRows = await db.select().from(tallies).where(eq(tallies.roomId, roomId));
  const stored = new Map(storedRows.map((r) => [r.claimId, r]));
  const neutral: ClaimTally = { ...emptyAggregates(), net: 0, score: NEUTRAL_SCORE };
  const mismatches: TallyMismatch[] = [];
  for (const [claimId, expected] of recomputed) {
    const row = stored.get(claimId);
    const actual: ClaimTally = row
      ? {
          evidenceNet: row.evidenceNet,
          ratingNet: row.ratingNet,
          agreementSum: row.agreementSum,
          agreementCount: row.agreementCount,
          impactSum: row.impactSum,
          impactCount: row.impactCount,
          net: row.net,
          score: row.score,
        }
      : neutral;
    const same = (Object.keys(expected) as (keyof ClaimTally)[]).every(
      (k) => expected[k] === actual[k],
    );
    if (!same) mismatches.push({ claimId, stored: actual, recomputed: expected });
  }
  return mismatches;
}
