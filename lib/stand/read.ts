import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { claimVotes, evidence, evidenceVotes } from "@/db/schema";
import {
  emptyClaimStand,
  emptyHistogram,
  STRENGTH_VALUES,
  type ClaimStand,
  type EvidenceStand,
} from "./shape";

/**
 * The answer distributions of claims in one room: one GROUP BY over (claim, agreement, impact)
 * whatever the number of claims. Every vote row is one person (the primary key), so summing
 * the groups of a claim counts the people who answered it. Room access is the caller's check.
 */
export async function claimStands(
  roomId: string,
  claimIds?: string[],
): Promise<Map<string, ClaimStand>> {
  const rows = await db
    .select({
      claimId: claimVotes.claimId,
      agreement: claimVotes.agreement,
      impact: claimVotes.impact,
      n: sql<number>`count(*)`,
    })
    .from(claimVotes)
    .where(
      and(
        eq(claimVotes.roomId, roomId),
        claimIds ? inArray(claimVotes.claimId, claimIds) : undefined,
      ),
    )
    .groupBy(claimVotes.claimId, claimVotes.agreement, claimVotes.impact);
  const stands = new Map<string, ClaimStand>();
  for (const row of rows) {
    let stand = stands.get(row.claimId);
    if (!stand) stands.set(row.claimId, (stand = emptyClaimStand()));
    const n = Number(row.n);
    stand.people += n;
    if (row.agreement !== null) stand.agreement[String(row.agreement)]! += n;
    if (row.impact !== null) stand.impact[String(row.impact)]! += n;
  }
  return stands;
}

/**
 * The strength distributions of the visible evidence in a room (optionally of one claim's
 * evidence): one GROUP BY over (item, strength).
 */
export async function evidenceStands(
  roomId: string,
  claimId?: string,
): Promise<Map<string, EvidenceStand>> {
  const rows = await db
    .select({
      evidenceId: evidenceVotes.evidenceId,
      strength: evidenceVotes.strength,
      n: sql<number>`count(*)`,
    })
    .from(evidenceVotes)
    .innerJoin(evidence, eq(evidence.id, evidenceVotes.evidenceId))
    .where(
      and(
        eq(evidenceVotes.roomId, roomId),
        claimId ? eq(evidence.claimId, claimId) : undefined,
        isNull(evidence.deletedAt),
        isNull(evidence.hiddenAt),
      ),
    )
    .groupBy(evidenceVotes.evidenceId, evidenceVotes.strength);
  const stands = new Map<string, EvidenceStand>();
  for (const row of rows) {
    let stand = stands.get(row.evidenceId);
    if (!stand)
      stands.set(
        row.evidenceId,
        (stand = { raters: 0, strength: emptyHistogram(STRENGTH_VALUES) }),
      );
    const n = Number(row.n);
    stand.raters += n;
    stand.strength[String(row.strength)]! += n;
  }
  return stands;
}
