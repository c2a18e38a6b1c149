import "server-only";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claims, claimVotes, evidence } from "@/db/schema";
import type { DebateView } from "../debates";
import type { TreeActivity, TreeQuery } from "./query";

/**
 * What the contested and "new since my last visit" filters need beyond the claims: votes per
 * claim, and what changed since `lastVisit`. A DebateView comes from getDebate, which checked
 * that the viewer may read its room; only that room's rows are read. Nothing is read for a
 * query that needs neither.
 */
export async function treeActivity(
  debate: Pick<DebateView, "id" | "roomId">,
  query: TreeQuery,
  lastVisit: Date | undefined,
): Promise<TreeActivity> {
  const [votes, newSince] = await Promise.all([
    query.contested ? votesPerClaim(debate.roomId) : new Map<string, number>(),
    query.new && lastVisit ? changedSince(debate, lastVisit) : undefined,
  ]);
  return { votes, newSince };
}

async function votesPerClaim(roomId: string) {
  const rows = await db
    .select({ claimId: claimVotes.claimId, votes: count() })
    .from(claimVotes)
    .where(eq(claimVotes.roomId, roomId))
    .groupBy(claimVotes.claimId);
  return new Map(rows.map((r) => [r.claimId, r.votes]));
}

/** Claims added since, and claims given visible evidence in this room since. */
async function changedSince(debate: Pick<DebateView, "id" | "roomId">, since: Date) {
  const [added, argued] = await Promise.all([
    db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.debateId, debate.id), gt(claims.createdAt, since))),
    db
      .selectDistinct({ id: evidence.claimId })
      .from(evidence)
      .where(
        and(
          eq(evidence.roomId, debate.roomId),
          gt(evidence.createdAt, since),
          isNull(evidence.deletedAt),
          isNull(evidence.hiddenAt),
        ),
      ),
  ]);
  return new Set([...added, ...argued].map((r) => r.id));
}
