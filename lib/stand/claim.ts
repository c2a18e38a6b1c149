import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claims } from "@/db/schema";
import { notFound } from "../errors";
import { resolveRoom } from "../rooms";
import type { Viewer } from "../session";
import { claimStands, evidenceStands } from "./read";
import { emptyClaimStand, type ClaimStandView } from "./shape";

/**
 * Where people stand on one claim in a room the viewer may read (class rooms: members only):
 * two grouped queries, whatever the number of votes.
 */
export async function standOnClaim(
  claimId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<ClaimStandView> {
  const [claim] = await db
    .select({ debateId: claims.debateId })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) throw notFound("claim");
  const room = await resolveRoom(claim.debateId, roomId, viewer);
  const [stands, ratings] = await Promise.all([
    claimStands(room.id, [claimId]),
    evidenceStands(room.id, claimId),
  ]);
  return {
    claimId,
    roomId: room.id,
    claim: stands.get(claimId) ?? emptyClaimStand(),
    evidence: Object.fromEntries(ratings),
  };
}
