import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { claimSuccessors, claims, users } from "@/db/schema";
import { attributionOf } from "./debates";
import { notFound } from "./errors";
import { evidenceInRoom } from "./evidence";
import { factChecksOf } from "./fact-checks";
import { canModerate as moderates, classmateIdentities, identityOf } from "./access";
import { argumentStarted, openTranslations } from "./proposals/edit";
import { resolveRoom } from "./rooms";
import type { Viewer } from "./session";
import { claimTally, untouchedTally } from "./tally/read";
import { myVotes } from "./votes";

/**
 * Everything the claim page and `GET /api/claims/[id]` show, for one room. `justProposed`: the
 * claim was created by this very request, so it has no evidence, votes, fact checks, children or
 * translations yet, and its tally is the untouched one; those reads are skipped (they were most
 * of a proposal's cost; decision 0031). Whoever learns its id can argue on it only after this.
 */
export async function claimDetail(
  claimId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
  { justProposed = false }: { justProposed?: boolean } = {},
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
  const untouched = justProposed && !retired;
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
    untouched ? untouchedTally() : retired ? null : claimTally(room.id, claim.id),
    untouched ? noEvidence : evidenceInRoom(room, claim.id, viewer),
    viewer && !retired
      ? untouched
        ? { claim: { agreement: null, impact: null } }
        : myVotes(viewer.id, room.id, claim.id)
      : null,
    untouched ? [] : factChecksOf(claim.id),
    retired ? successorsOf(claim.id) : [],
    room.classId ? classmateIdentities(room.classId, viewer) : null,
    // A reader's claim is shown only in its own room (checked above): room.id is its room.
    untouched ? false : mine && !retired ? argumentStarted(db, claim.id, room.id) : true,
    untouched ? [] : claim.createdBy && !retired ? openTranslations(claim.id) : [],
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
        ? identityOf(identities, claim.createdBy, row.proposerName)
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

const noEvidence: Awaited<ReturnType<typeof evidenceInRoom>> = [];

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
