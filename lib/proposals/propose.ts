import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { claims, paragraphs } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { AppError, invalid } from "../errors";
import { PROPOSALS_PER_HOUR } from "../limits";
import { claimHref } from "../notifications/links";
import { notify } from "../notifications/notify";
import { claimInRoom } from "../rooms";
import type { Viewer } from "../session";
import { mostSimilar, type Wording } from "../similarity";
import { bumpRoom, enterTally } from "../tally/update";
import type { ProposalInput } from "../validation/claims";

/** Readers' claims sort after every claim of the essay, then in the order they came. */
const READER_CLAIM_POSITION = 1_000_000_000;
const HOUR = 60 * 60_000;

/**
 * Proposes a claim under `parentId` in a room the viewer may read. It enters the tree and the
 * tally at once: with no votes and no evidence its net is 0, so no ancestor's score moves
 * (docs/tally.md), but the write bumps the room's revision so open pages hear of it.
 */
export async function proposeClaim(
  viewer: Viewer,
  parentId: string,
  roomId: string | undefined,
  input: ProposalInput,
) {
  const { claim: parent, room } = await claimInRoom(parentId, roomId, viewer);
  const anchor = input.anchorQuote
    ? await verifiedAnchor(parent.debateId, input.anchorParagraphId!, input.anchorQuote)
    : null;
  const id = randomUUID();
  const href = await claimHref(room, id);
  await writeTransaction(db, async (tx) => {
    await assertUnderProposalLimit(tx, viewer.id);
    await notifyParentAuthor(tx, viewer, room.id, parentId, href);
    await tx.insert(claims).values({
      id,
      debateId: parent.debateId,
      parentId,
      relation: input.relation,
      kind: input.kind,
      textZh: input.textZh,
      textEn: input.textEn,
      anchorParagraphId: anchor?.paragraphId ?? null,
      anchorQuote: anchor?.quote ?? null,
      position: READER_CLAIM_POSITION,
      createdBy: viewer.id,
      roomId: room.id,
    });
    const bumped = await bumpRoom(tx, room.id, { tree: true });
    // Should the write fail after this, what the tally keeps of the room is dropped with it.
    await enterTally(tx, room.id, { id, parentId, relation: input.relation }, bumped);
  });
  return { id, roomId: room.id, debateId: parent.debateId };
}

/** "Someone proposed a claim under yours": the parent's proposer (the essay's claims have none). */
async function notifyParentAuthor(
  tx: Transaction,
  viewer: Viewer,
  roomId: string,
  parentId: string,
  href: string,
) {
  const [parent] = await tx
    .select({ author: claims.createdBy, textEn: claims.textEn, textZh: claims.textZh })
    .from(claims)
    .where(eq(claims.id, parentId));
  if (!parent?.author) return;
  await notify(tx, {
    userId: parent.author,
    kind: "claim-proposed",
    actorId: viewer.id,
    roomId,
    href,
    subject: parent.textEn || parent.textZh,
  });
}

/** A few proposals an hour per account, counted from the claims themselves (no extra write). */
async function assertUnderProposalLimit(tx: Transaction, userId: string, now = Date.now()) {
  const recent = await tx
    .select({ at: claims.createdAt })
    .from(claims)
    .where(and(eq(claims.createdBy, userId), gt(claims.createdAt, new Date(now - HOUR))))
    .orderBy(asc(claims.createdAt));
  if (recent.length < PROPOSALS_PER_HOUR) return;
  const oldest = recent[recent.length - PROPOSALS_PER_HOUR]!.at.getTime();
  throw new AppError(
    429,
    `You can propose ${PROPOSALS_PER_HOUR} claims an hour. Please wait before proposing another.`,
    undefined,
    Math.max(1, Math.ceil((oldest + HOUR - now) / 1000)),
    { code: "proposal_limit", values: { count: PROPOSALS_PER_HOUR } },
  );
}

/** An anchor must quote the essay verbatim, in the paragraph named (either language). */
async function verifiedAnchor(debateId: string, paragraphId: string, quote: string) {
  const [paragraph] = await db
    .select({ zh: paragraphs.textZh, en: paragraphs.textEn })
    .from(paragraphs)
    .where(and(eq(paragraphs.id, paragraphId), eq(paragraphs.debateId, debateId)));
  if (!paragraph) throw invalid({ anchorParagraphId: ["No paragraph of this essay by that id."] });
  if (!paragraph.zh.includes(quote) && !paragraph.en.includes(quote))
    throw invalid({ anchorQuote: ["Quote the paragraph exactly, character for character."] });
  return { paragraphId, quote };
}

/**
 * "Is yours one of these?": the claims already under `parentId` in the room (the essay's and
 * its readers', not hidden) most alike to the wording, in either language.
 */
export async function similarUnder(
  viewer: Viewer,
  parentId: string,
  roomId: string | undefined,
  wording: Wording,
) {
  const { room } = await claimInRoom(parentId, roomId, viewer);
  const siblings = await db
    .select({
      id: claims.id,
      relation: claims.relation,
      textZh: claims.textZh,
      textEn: claims.textEn,
      proposed: sql<boolean>`${claims.createdBy} is not null`.mapWith(Boolean),
    })
    .from(claims)
    .where(
      and(
        eq(claims.parentId, parentId),
        isNull(claims.retiredAt),
        isNull(claims.hiddenAt),
        or(isNull(claims.roomId), eq(claims.roomId, room.id)),
      ),
    );
  return mostSimilar(wording, siblings);
}
