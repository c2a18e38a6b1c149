import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claimVotes, claims, debates, evidence, evidenceVotes } from "@/db/schema";
import type { Viewer } from "./session";

/** What the viewer has contributed: their evidence and their votes, newest first. */
export async function myContributions(viewer: Viewer) {
  const [items, votes, ratings] = await Promise.all([
    db
      .select({
        id: evidence.id,
        title: evidence.title,
        stance: evidence.stance,
        claimId: claims.id,
        claimEn: claims.textEn,
        slug: debates.slug,
        roomId: evidence.roomId,
        at: evidence.createdAt,
        hidden: evidence.hiddenAt,
      })
      .from(evidence)
      .innerJoin(claims, eq(claims.id, evidence.claimId))
      .innerJoin(debates, eq(debates.id, claims.debateId))
      .where(and(eq(evidence.authorId, viewer.id), isNull(evidence.deletedAt)))
      .orderBy(desc(evidence.createdAt)),
    db
      .select({
        claimId: claims.id,
        claimEn: claims.textEn,
        slug: debates.slug,
        agreement: claimVotes.agreement,
        impact: claimVotes.impact,
        at: claimVotes.updatedAt,
      })
      .from(claimVotes)
      .innerJoin(claims, eq(claims.id, claimVotes.claimId))
      .innerJoin(debates, eq(debates.id, claims.debateId))
      .where(eq(claimVotes.userId, viewer.id))
      .orderBy(desc(claimVotes.updatedAt)),
    db.$count(evidenceVotes, eq(evidenceVotes.userId, viewer.id)),
  ]);
  return { evidence: items, votes, ratingCount: ratings };
}
