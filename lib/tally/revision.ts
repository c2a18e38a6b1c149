import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/write";

/** A room as a write just left it: its new revision, its tree's revision and its debate. */
export type BumpedRoom = { revision: number; treeRevision: number; debateId: string };

/**
 * Bumps the room's revision (and with `tree`, its tree revision: the tree changed shape) in one
 * statement, returning what the tally's update needs of the room: every write on a hot path
 * (votes, ratings, evidence, proposals) pays for one statement here, not three (decision 0031).
 */
export async function bumpRoom(
  tx: Transaction,
  roomId: string,
  { tree = false }: { tree?: boolean } = {},
): Promise<BumpedRoom> {
  const [room] = await tx.all<{ revision: number; tree_revision: number; debate_id: string }>(
    tree
      ? sql`update rooms set revision = revision + 1, tree_revision = tree_revision + 1
            where id = ${roomId} returning revision, tree_revision, debate_id`
      : sql`update rooms set revision = revision + 1
            where id = ${roomId} returning revision, tree_revision, debate_id`,
  );
  if (!room) throw new Error(`No room ${roomId}`);
  return { revision: room.revision, treeRevision: room.tree_revision, debateId: room.debate_id };
}

/** Bumps the room's revision; tally rows written by this write carry it. */
export async function bumpRevision(tx: Transaction, roomId: string): Promise<number> {
  return (await bumpRoom(tx, roomId)).revision;
}
