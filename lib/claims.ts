import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { claimSuccessors, claims, users } from "@/db/schema";
import { attributionOf } from "./debates";
import { notFound } from "./errors";
import { evidenceInRoom } from "./evidence";
import { factChecksOf } from "./fact-checks";
import { canModerate as moderates, classmateIdentities, FORMER_MEMBER, identityOf } from "./access";
import { argumentStarted, openTranslations } from "./proposals/edit";
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
  const [row] = await db
    .select({ claim: claims, proposerName: users.name })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.createdBy))
    .where(eq(claims.id, claimId));
  if (!row) throw notFound("claim");
  const { claim } = row;
  const room = await resolveRoom(claim.debateId, roomId, viewer);
  // A reader's claim belongs to the room it was proposed in; hidden, it is out of the tree.
  if ((claim.roomId !== null && claim.roomId !== room.id) || claim.hiddenAt)
    throw notFound("claim");
  const retired = claim.retiredAt !== null;
  const mine = viewer !== null && claim.createdBy === viewer.id;
  const [
    tally,
    evidence,
    votes,
    factChecks,
    successors,
    identities,
    started,
    translations,
    canModerate,
  ] = await Promise.all([
    // A retired claim is out of the tally: it has no score, only its successors.
    retired ? Promise.resolve(null) : claimTally(room.id, claim.id),
    evidenceInRoom(room, claim.id, viewer),
    viewer && !retired ? myVotes(viewer.id, room.id, claim.id) : Promise.resolve(null),
    factChecksOf(claim.id),
    retired ? successorsOf(claim.id) : Promise.resolve([]),
    room.classId ? classmateIdentities(room.classId, viewer) : Promise.resolve(null),
    mine && !retired ? argumentStarted(db, claim.id) : Promise.resolve(true),
    claim.createdBy && !retired ? openTranslations(claim.id) : Promise.resolve([]),
    moderates(room, viewer),
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
      /** Null for the essay's own claims; a reader's claim names who proposed it. */
      proposedBy: claim.createdBy
        ? identityOf(identities, claim.createdBy, row.proposerName ?? FORMER_MEMBER.name)
        : null,
      anchor:
        claim.anchorParagraphId && claim.anchorQuote
          ? { paragraphId: claim.anchorParagraphId, quote: claim.anchorQuote }
          : null,
      /** Set when a revision of the map retired or merged the claim. */
      retired: claim.retiredAt && { at: claim.retiredAt.toISOString(), successors },
    },
    roomId: room.id,
    /** Teachers moderate their class rooms, admins the public room. */
    canModerate,
    /** Its author may still change the wording: nobody has voted on it or added evidence. */
    editable: mine && !started,
    mine,
    /** Suggested wordings in the language a reader's claim lacks, waiting for acceptance. */
    translations,
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
