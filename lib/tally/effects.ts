import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/write";
import { evidence, evidenceVotes, raterBalances } from "@/db/schema";
import { authorEvidenceTerm, clampBalance } from "./model";
import { propagate, readPath, type PathRead } from "./update";

type Stance = "support" | "rebut";
const sign = (stance: Stance) => (stance === "support" ? 1 : -1);

/**
 * Applies aggregate deltas to a claim, bumps the room's revision and re-evaluates upward; returns
 * the write's revision. `read` is what the caller already read with `readPath` (a vote reads its
 * old vote in the same statement).
 */
export async function commitTallyChange(
  tx: Transaction,
  roomId: string,
  claimId: string,
  delta: {
    evidenceNet?: number;
    ratingNet?: number;
    agreementSum?: number;
    agreementCount?: number;
    impactSum?: number;
    impactCount?: number;
  },
  read?: PathRead,
): Promise<number> {
  return propagate(tx, roomId, claimId, read ?? (await readPath(tx, roomId, claimId)), delta);
}

/** One author's capped say on a claim: min(supporting, cap) − min(rebutting, cap). */
async function authorTerm(
  tx: Transaction,
  roomId: string,
  claimId: string,
  authorId: string,
): Promise<number> {
  const rows = await tx
    .select({ stance: evidence.stance, n: sql<number>`count(*)` })
    .from(evidence)
    .where(
      and(
        eq(evidence.roomId, roomId),
        eq(evidence.claimId, claimId),
        eq(evidence.authorId, authorId),
        isNull(evidence.deletedAt),
        isNull(evidence.hiddenAt),
      ),
    )
    .groupBy(evidence.stance);
  return rows.reduce((sum, row) => sum + sign(row.stance) * authorEvidenceTerm(row.n), 0);
}

/** Moves one rater's balance on a claim; returns the change of the claim's rating net. */
async function moveBalance(
  tx: Transaction,
  roomId: string,
  claimId: string,
  userId: string,
  by: number,
): Promise<number> {
  if (by === 0) return 0;
  const [row] = await tx
    .insert(raterBalances)
    .values({ roomId, claimId, userId, balance: by })
    .onConflictDoUpdate({
      target: [raterBalances.roomId, raterBalances.claimId, raterBalances.userId],
      set: { balance: sql`${raterBalances.balance} + ${by}` },
    })
    .returning({ balance: raterBalances.balance });
  return clampBalance(row!.balance) - clampBalance(row!.balance - by);
}

/** Takes every rating of an item into (direction 1) or out of (−1) its raters' balances. */
async function shiftRatings(
  tx: Transaction,
  item: EvidenceState,
  direction: 1 | -1,
): Promise<number> {
  const votes = await tx
    .select({ userId: evidenceVotes.userId, strength: evidenceVotes.strength })
    .from(evidenceVotes)
    .where(eq(evidenceVotes.evidenceId, item.id));
  let delta = 0;
  for (const vote of votes) {
    delta += await moveBalance(
      tx,
      item.roomId,
      item.claimId,
      vote.userId,
      direction * sign(item.stance) * (vote.strength - 3),
    );
  }
  return delta;
}

export type EvidenceState = {
  id: string;
  roomId: string;
  claimId: string;
  authorId: string;
  stance: Stance;
  visible: boolean;
};

/**
 * Runs `mutate` (which inserts, edits, deletes, hides or restores an evidence item) and
 * carries its effect into the tally. Edits that change neither stance nor visibility leave
 * the tally alone.
 */
export async function changeEvidence(
  tx: Transaction,
  before: EvidenceState | null,
  after: EvidenceState,
  mutate: () => Promise<void>,
): Promise<void> {
  if (before && before.stance === after.stance && before.visible === after.visible) {
    await mutate();
    return;
  }
  const termBefore = await authorTerm(tx, after.roomId, after.claimId, after.authorId);
  let ratingNet = before?.visible ? await shiftRatings(tx, before, -1) : 0;
  await mutate();
  const termAfter = await authorTerm(tx, after.roomId, after.claimId, after.authorId);
  if (after.visible) ratingNet += await shiftRatings(tx, after, 1);
  await commitTallyChange(tx, after.roomId, after.claimId, {
    evidenceNet: termAfter - termBefore,
    ratingNet,
  });
}

/** Carries a rating change (null = none) on a visible item into the tally. */
export async function changeRating(
  tx: Transaction,
  item: EvidenceState,
  userId: string,
  from: number | null,
  to: number | null,
): Promise<number> {
  const by = item.visible ? sign(item.stance) * ((to ?? 3) - (from ?? 3)) : 0;
  const ratingNet = await moveBalance(tx, item.roomId, item.claimId, userId, by);
  return commitTallyChange(tx, item.roomId, item.claimId, { ratingNet });
}

/** What the tally needs to know of an evidence row: it counts unless deleted or hidden. */
export function evidenceState(row: typeof evidence.$inferSelect): EvidenceState {
  return {
    id: row.id,
    roomId: row.roomId,
    claimId: row.claimId,
    authorId: row.authorId,
    stance: row.stance,
    visible: row.deletedAt === null && row.hiddenAt === null,
  };
}
