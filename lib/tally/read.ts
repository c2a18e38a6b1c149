import "server-only";
import { and, asc, desc, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db";
import { claims, evidence, tallies, thesisHistory } from "@/db/schema";
import { explain, type Breakdown } from "./breakdown";
import { compareIds } from "./full";
import { emptyAggregates, NEUTRAL_SCORE } from "./model";

export type ClaimTallyView = { score: number; breakdown: Breakdown };

/** A claim's stored tally with its "why this score?" breakdown. */
export async function claimTally(roomId: string, claimId: string): Promise<ClaimTallyView> {
  const [own] = await db
    .select()
    .from(tallies)
    .where(and(eq(tallies.roomId, roomId), eq(tallies.claimId, claimId)));
  const kids = await db
    .select({ claimId: claims.id, relation: claims.relation, tally: tallies })
    .from(claims)
    .leftJoin(tallies, and(eq(tallies.claimId, claims.id), eq(tallies.roomId, roomId)))
    // The children this room argues: the essay's and its own readers' (not hidden), never another room's.
    .where(
      and(
        eq(claims.parentId, claimId),
        isNull(claims.retiredAt),
        isNull(claims.hiddenAt),
        or(isNull(claims.roomId), eq(claims.roomId, roomId)),
      ),
    )
    .orderBy(asc(claims.id));
  const items = await db
    .select({ id: evidence.id, authorId: evidence.authorId, stance: evidence.stance })
    .from(evidence)
    .where(
      and(
        eq(evidence.roomId, roomId),
        eq(evidence.claimId, claimId),
        isNull(evidence.deletedAt),
        isNull(evidence.hiddenAt),
      ),
    )
    .orderBy(asc(evidence.createdAt));
  const children = kids
    .map((k) => ({
      claimId: k.claimId,
      relation: k.relation ?? "supports",
      net: k.tally?.net ?? 0,
      impactSum: k.tally?.impactSum ?? 0,
      impactCount: k.tally?.impactCount ?? 0,
    }))
    .sort((a, b) => compareIds(a.claimId, b.claimId));
  const breakdown = explain(own ?? emptyAggregates(), children, items);
  return { score: own?.score ?? NEUTRAL_SCORE, breakdown };
}

/**
 * The tally of a claim nobody has argued on and nothing is under: what claimTally reads for a
 * claim just proposed, without reading it.
 */
export const untouchedTally = (): ClaimTallyView => ({
  score: NEUTRAL_SCORE,
  breakdown: explain(emptyAggregates(), [], []),
});

/** The thesis score of a room over time, oldest first, starting from the neutral score. */
export async function thesisScoreHistory(roomId: string, limit = 200) {
  // The newest `limit` changes, oldest first (a long debate's chart shows its recent course).
  const rows = await db
    .select({ score: thesisHistory.score, at: thesisHistory.createdAt })
    .from(thesisHistory)
    .where(eq(thesisHistory.roomId, roomId))
    .orderBy(desc(thesisHistory.id))
    .limit(limit);
  return rows.reverse().map((r) => ({ score: r.score, at: r.at.toISOString() }));
}
