import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claimRevisions, claimTranslations, claimVotes, claims, evidence } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { assertCanReadRoom, canModerate } from "../access";
import type { Viewer } from "../session";
import type { ClaimPatch, TranslationInput } from "../validation/claims";
import { bumpRoom } from "../tally/revision";
import { readerClaim, type ClaimRow } from "./tree";

/**
 * Whether anyone has argued on the claim yet: a vote (anyone's, its author's too) or evidence.
 * From then on its wording is what those people answered, so its author can no longer change
 * it; a translation into a language it lacks can still be added (docs/decisions/0024).
 * A reader's claim is argued only in its own room (`roomId`): asked by room and claim, both
 * reads are index lookups, where by claim alone they read every vote and every item.
 */
export async function argumentStarted(
  tx: Transaction | typeof db,
  claimId: string,
  roomId: string,
) {
  const [vote] = await tx
    .select({ one: claimVotes.userId })
    .from(claimVotes)
    .where(and(eq(claimVotes.roomId, roomId), eq(claimVotes.claimId, claimId)))
    .limit(1);
  if (vote) return true;
  const [item] = await tx
    .select({ one: evidence.id })
    .from(evidence)
    .where(
      and(eq(evidence.roomId, roomId), eq(evidence.claimId, claimId), isNull(evidence.deletedAt)),
    )
    .limit(1);
  return item !== undefined;
}

/** Keeps the claim as it was, so no change ever loses text. */
export async function recordRevision(
  tx: Transaction,
  editorId: string,
  before: ClaimRow,
  action: "edit" | "translate" | "move" | "merge",
) {
  await tx
    .insert(claimRevisions)
    .values({ claimId: before.id, editorId, action, before: JSON.stringify(before) });
}

/** Its author changes a claim nobody has argued on yet; every version is kept. */
export async function editClaim(viewer: Viewer, claimId: string, patch: ClaimPatch) {
  const room = await writeTransaction(db, async (tx) => {
    const { claim, room } = await readerClaim(tx, claimId);
    await assertCanReadRoom(room, viewer);
    if (claim.createdBy !== viewer.id) throw forbidden("Only its author can change this claim.");
    if (claim.hiddenAt) throw conflict("A moderator has hidden this claim.");
    if (await argumentStarted(tx, claimId, room.id))
      throw conflict(
        "People have voted on this claim or added evidence, so its wording stays as they read it. " +
          "Propose a new claim, or add a translation if a language is missing.",
      );
    const textZh = patch.textZh ?? claim.textZh;
    const textEn = patch.textEn ?? claim.textEn;
    if (!textZh && !textEn)
      throw invalid({ textEn: ["Write the claim in Chinese or in English (or both)."] });
    await recordRevision(tx, viewer.id, claim, "edit");
    await tx
      .update(claims)
      .set({ ...patch, textZh, textEn, updatedAt: new Date() })
      .where(eq(claims.id, claimId));
    // Its relation is part of the tree's shape (no votes yet: no score moves).
    if (patch.relation && patch.relation !== claim.relation)
      await bumpRoom(tx, room.id, { tree: true });
    return room;
  });
  return { roomId: room.id };
}

/** Anyone who may read the claim suggests its wording in the language it lacks. */
export async function suggestTranslation(viewer: Viewer, claimId: string, input: TranslationInput) {
  const { claim, room } = await readerClaim(db, claimId);
  await assertCanReadRoom(room, viewer);
  if ((input.lang === "zh" ? claim.textZh : claim.textEn) !== "")
    throw conflict("This claim is already written in that language.");
  const id = randomUUID();
  await writeTransaction(db, (tx) =>
    tx.insert(claimTranslations).values({ id, claimId, authorId: viewer.id, ...input }),
  );
  return { id };
}

/** The claim's author or a moderator of its room accepts a suggested translation. */
export async function acceptTranslation(viewer: Viewer, translationId: string) {
  await writeTransaction(db, async (tx) => {
    const [suggestion] = await tx
      .select()
      .from(claimTranslations)
      .where(eq(claimTranslations.id, translationId));
    if (!suggestion || suggestion.acceptedAt) throw notFound("open translation");
    const { claim, room } = await readerClaim(tx, suggestion.claimId);
    await assertCanReadRoom(room, viewer);
    if (claim.createdBy !== viewer.id && !(await canModerate(room, viewer)))
      throw forbidden("Only the claim's author or a moderator can accept a translation.");
    const column = suggestion.lang === "zh" ? "textZh" : "textEn";
    if (claim[column] !== "") throw conflict("This claim is already written in that language.");
    await recordRevision(tx, viewer.id, claim, "translate");
    await tx
      .update(claims)
      .set({ [column]: suggestion.text, updatedAt: new Date() })
      .where(eq(claims.id, claim.id));
    await tx
      .update(claimTranslations)
      .set({ acceptedAt: new Date() })
      .where(eq(claimTranslations.id, translationId));
  });
}

/** Open suggestions for a claim, for its page. */
export async function openTranslations(claimId: string) {
  return db
    .select({
      id: claimTranslations.id,
      lang: claimTranslations.lang,
      text: claimTranslations.text,
    })
    .from(claimTranslations)
    .where(and(eq(claimTranslations.claimId, claimId), isNull(claimTranslations.acceptedAt)))
    .orderBy(claimTranslations.createdAt);
}
