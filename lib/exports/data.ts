import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { evidence } from "@/db/schema";
import { getDebate, type ClaimView, type DebateView } from "../debates";
import { notFound } from "../errors";
import type { Viewer } from "../session";
import { claimStands, evidenceStands } from "../stand/read";
import { emptyClaimStand, emptyHistogram, STRENGTH_VALUES } from "../stand/shape";
import type { ClaimStand, EvidenceStand } from "../stand/shape";

/** A claim as exported: who proposed it is personal, so only where it came from is kept. */
export type ExportedClaim = Omit<ClaimView, "proposedBy"> & {
  origin: "essay" | "reader";
  votes: ClaimStand;
};

export type ExportedEvidence = {
  id: string;
  claimId: string;
  stance: "support" | "rebut";
  url: string;
  title: string;
  quote: string;
  explanation: string;
  sourceType: string;
  createdAt: string;
  ratings: EvidenceStand;
};

/** A room's debate as exported: the API's debate shape, with evidence and aggregate votes. */
export type RoomExport = Omit<DebateView, "classId" | "claims"> & {
  classRoom: boolean;
  exportedAt: string;
  claims: ExportedClaim[];
  evidence: ExportedEvidence[];
};

/**
 * Everything an export holds, for a room the viewer may read (public room: anyone; class rooms:
 * members). No people: no author ids, names or pseudonyms, only aggregates of their votes.
 */
export async function roomExport(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<RoomExport> {
  const debate = await getDebate(slug, { roomId, viewer });
  if (!debate) throw notFound("debate");
  const [items, stands, ratings] = await Promise.all([
    db
      .select({
        id: evidence.id,
        claimId: evidence.claimId,
        stance: evidence.stance,
        url: evidence.url,
        title: evidence.title,
        quote: evidence.quote,
        explanation: evidence.explanation,
        sourceType: evidence.sourceType,
        createdAt: evidence.createdAt,
      })
      .from(evidence)
      .where(
        and(
          eq(evidence.roomId, debate.roomId),
          isNull(evidence.deletedAt),
          isNull(evidence.hiddenAt),
        ),
      )
      .orderBy(asc(evidence.createdAt), asc(evidence.id)),
    claimStands(debate.roomId),
    evidenceStands(debate.roomId),
  ]);
  const { classId, claims, ...rest } = debate;
  return {
    ...rest,
    classRoom: classId !== null,
    exportedAt: new Date().toISOString(),
    claims: claims.map(({ proposedBy, ...c }) => ({
      ...c,
      origin: proposedBy ? ("reader" as const) : ("essay" as const),
      votes: stands.get(c.id) ?? emptyClaimStand(),
    })),
    evidence: items.map((e) => ({
      ...e,
      createdAt: e.createdAt.toISOString(),
      ratings: ratings.get(e.id) ?? { raters: 0, strength: emptyHistogram(STRENGTH_VALUES) },
    })),
  };
}
