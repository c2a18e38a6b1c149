import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { claimSuccessors, claimVotes, claims, moderationLog } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { conflict, invalid } from "../errors";
import { assertModerator } from "../access";
import type { RoomRef } from "../rooms";
import type { Viewer } from "../session";
import { rebuildRoom } from "../tally/rebuild";
import { bumpRoom } from "../tally/revision";
import { recordRevision } from "./edit";
import { isInSubtree } from "../claim-tree";
import { readerClaim, roomTree } from "./tree";

type Action = "hide" | "restore" | "move" | "merge";

/**
 * A moderator's change to a reader's claim: checked, applied, logged, and the room's tallies
 * recomputed from its raw rows in the same transaction (the tree changed shape, so no
 * incremental path applies; docs/decisions/0024). Moderators: lib/access/moderators.ts.
 */
async function moderate(
  viewer: Viewer,
  claimId: string,
  action: Action,
  reason: string,
  change: (tx: Transaction, claim: typeof claims.$inferSelect, room: RoomRef) => Promise<void>,
) {
  const { room } = await readerClaim(db, claimId);
  await assertModerator(room, viewer);
  await writeTransaction(db, async (tx) => {
    const { claim } = await readerClaim(tx, claimId);
    await change(tx, claim, room);
    await tx
      .insert(moderationLog)
      .values({ roomId: room.id, actorId: viewer.id, action, claimId, reason });
    await bumpRoom(tx, room.id, { tree: true });
    await rebuildRoom(tx, room.id);
  });
}

/** Hides a claim (with its branch) from the tree and tally, or restores it. */
export async function setClaimHidden(
  viewer: Viewer,
  claimId: string,
  hidden: boolean,
  reason = "",
) {
  await moderate(viewer, claimId, hidden ? "hide" : "restore", reason, async (tx, claim) => {
    if ((claim.hiddenAt !== null) === hidden)
      throw conflict(hidden ? "This claim is already hidden." : "This claim is not hidden.");
    await tx
      .update(claims)
      .set(
        hidden ? { hiddenAt: new Date(), hiddenBy: viewer.id } : { hiddenAt: null, hiddenBy: null },
      )
      .where(eq(claims.id, claimId));
  });
}

/** A claim of the room's tree that a claim may be put under (not hidden, not merged away). */
async function targetIn(tx: Transaction, room: RoomRef, targetId: string, field: string) {
  const tree = await roomTree(tx, room);
  if (!tree.some((c) => c.id === targetId))
    throw invalid({ [field]: ["Choose a claim of this room's tree."] });
  return tree;
}

/** Moves a claim (with its branch) under another parent, never into its own branch. */
export async function moveClaim(
  viewer: Viewer,
  claimId: string,
  input: { parentId: string; relation?: "supports" | "opposes"; reason: string },
) {
  await moderate(viewer, claimId, "move", input.reason, async (tx, claim, room) => {
    const tree = await targetIn(tx, room, input.parentId, "parentId");
    if (isInSubtree(tree, claimId, input.parentId))
      throw invalid({
        parentId: ["A claim cannot move under itself or a claim of its own branch."],
      });
    await recordRevision(tx, viewer.id, claim, "move");
    await tx
      .update(claims)
      .set({
        parentId: input.parentId,
        relation: input.relation ?? claim.relation,
        updatedAt: new Date(),
      })
      .where(eq(claims.id, claimId));
  });
}

/**
 * Merges a duplicate into the claim that stays: its evidence, votes and the claims under it
 * move to the survivor; where one person voted on both, the survivor's vote is kept (one vote
 * per person). An author's item citing a source they already cite on the survivor stays on
 * the duplicate, as the map's own merges do (db/seed/revise.ts). The duplicate is retired
 * with a link to the survivor, so its page points there.
 */
export async function mergeClaim(
  viewer: Viewer,
  duplicateId: string,
  input: { survivorId: string; reason: string },
) {
  await moderate(viewer, duplicateId, "merge", input.reason, async (tx, duplicate, room) => {
    const tree = await targetIn(tx, room, input.survivorId, "survivorId");
    if (isInSubtree(tree, duplicateId, input.survivorId))
      throw invalid({
        survivorId: ["Choose a claim outside this one's branch (or merge the other way)."],
      });
    await recordRevision(tx, viewer.id, duplicate, "merge");
    const to = input.survivorId;
    await tx.run(sql`
      update evidence set claim_id = ${to}
      where claim_id = ${duplicateId} and room_id = ${room.id} and not (deleted_at is null and exists (
        select 1 from evidence kept where kept.room_id = evidence.room_id and kept.claim_id = ${to}
          and kept.author_id = evidence.author_id and kept.url = evidence.url
          and kept.deleted_at is null))`);
    await tx.run(sql`
      delete from claim_votes where claim_id = ${duplicateId} and exists (
        select 1 from claim_votes kept where kept.claim_id = ${to}
          and kept.room_id = claim_votes.room_id and kept.user_id = claim_votes.user_id)`);
    await tx
      .update(claimVotes)
      .set({ claimId: to })
      .where(and(eq(claimVotes.claimId, duplicateId), eq(claimVotes.roomId, room.id)));
    await tx.update(claims).set({ parentId: to }).where(eq(claims.parentId, duplicateId));
    await tx.update(claims).set({ retiredAt: new Date() }).where(eq(claims.id, duplicateId));
    await tx.insert(claimSuccessors).values({ claimId: duplicateId, successorId: to, position: 0 });
  });
}
