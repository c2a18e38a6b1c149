import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { claimSuccessors, claims } from "@/db/schema";
import { attributionOf } from "./debates";
import { notFound } from "./errors";
import { evidenceInRoom } from "./evidence";
import { factChecksOf } from "./fact-checks";
import { canModerate } from "./access";
import { resolveRoom } from "./rooms";
import type { Viewer } from "./session";
import { claimTally } from "./tally/read";
import { myVotes } from "./votes";

/** Everything the claim page and `GET /api/claims/[id]` show, for one room. */
export async function claimDetail(
  claimId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
) {
  const [claim] = await db.select().from(claims).where(eq(claims.id, claimId));
  if (!claim) throw notFound("claim");
  const room = await resolveRoom(claim.debateId, roomId, viewer);
  const retired = claim.retiredAt !== null;
  const [tally, evidence, votes, factChecks, successors] = await Promise.all([
    // A retired claim is out of the tally: it has no score, only its successors.
    retired ? Promise.resolve(null) : claimTally(room.id, claim.id),
    evidenceInRoom(room, claim.id, viewer),
    viewer && !retired ? myVotes(viewer.id, room.id, claim.id) : Promise.resolve(null),
    factChecksOf(claim.id),
    retired ? successorsOf(claim.id) : Promise.resolve([]),
  ]);
  return {
    claim: {
      id: claim.id,
      debateId: claim.debateId,
      parentId: claim.parentId,
      relation: claim.relation,
      kind: claim.kind,
      textZh: claim.textZh,
      textEn: claim.textEn,
      checkStatus: claim.checkStatus,
      attribution: attributionOf(claim),
      /** Set when a revision of the map retired or merged the claim. */
      retired: claim.retiredAt && { at: claim.retiredAt.toISOString(), successors },
    },
    roomId: room.id,
    /** Teachers moderate their class rooms, admins the public room. */
    canModerate: await canModerate(room, viewer),
    tally,
    factChecks,
    evidence,
    myVotes: votes && {
      claim: votes.claim,
      evidence: Object.fromEntries(
        evidence.filter((e) => e.myRating !== null).map((e) => [e.id, e.myRating]),
      ),
    },
  };
}

export type ClaimDetail = Awaited<ReturnType<typeof claimDetail>>;

/** A claim of this debate retired by a revision of the map, or null (no such claim here). */
export async function retiredClaimDetail(
  claimId: string,
  debate: { id: string; roomId: string },
  viewer: Viewer | null,
): Promise<ClaimDetail | null> {
  const [claim] = await db
    .select({ debateId: claims.debateId, retiredAt: claims.retiredAt })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim || claim.debateId !== debate.id || !claim.retiredAt) return null;
  return claimDetail(claimId, debate.roomId, viewer);
}

/** The claims that carry a retired claim's argument on, in the revision's order. */
async function successorsOf(claimId: string) {
  return db
    .select({ id: claims.id, textZh: claims.textZh, textEn: claims.textEn })
    .from(claimSuccessors)
    .innerJoin(claims, eq(claims.id, claimSuccessors.successorId))
    .where(eq(claimSuccessors.claimId, claimId))
    .orderBy(asc(claimSuccessors.position));
}
