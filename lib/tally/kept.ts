import "server-only";
import { rolledBackWrites } from "@/db/write";
import type { Transaction } from "@/db/write";
import { roomShapeRows, visibleTree } from "../claim-scope";
import { compareIds } from "./full";
import type { Aggregates } from "./model";

/**
 * What this process keeps of each room's tally between its writes, so a vote reads almost
 * nothing (decision 0035): the claim tree as of a tree revision, and the tally rows it read or
 * wrote as of a room revision. Every write that changes a room's tally rows bumps its revision
 * in the same transaction, and every change of the tree its tree revision (lib/tally/revision.ts,
 * propagate), so a kept copy is the database's exactly while the room's revision is the one kept
 * — whichever process wrote since. Revisions only grow, except when a write of this process rolls
 * back: then everything kept is dropped (db/write.ts counts those). One database per process, as
 * the write queue assumes. At most MAX_ROOMS rooms are kept, the least recently used dropped.
 */

export type Shape = {
  parent: Map<string, string | null>;
  relation: Map<string, "supports" | "opposes" | null>;
  children: Map<string, string[]>;
};

/** A claim's stored tally row: its aggregates, net and score. */
export type Row = Aggregates & { net: number; score: number };

type Kept = {
  /** The room's tree revision the shape is of. */
  treeRevision: number;
  shape: Shape;
  /** The room revision the rows are of, or null when they are not known to be current. */
  revision: number | null;
  /** Tally rows by claim; null: the claim has no row (it is neutral). */
  rows: Map<string, Row | null>;
};

const MAX_ROOMS = 1000;
const kept = new Map<string, Kept>();
let rollbacksSeen = 0;

/** The room's kept state, or undefined; all of it is dropped after a rolled-back write. */
function keptOf(roomId: string): Kept | undefined {
  const rollbacks = rolledBackWrites();
  if (rollbacks !== rollbacksSeen) {
    kept.clear();
    rollbacksSeen = rollbacks;
  }
  const room = kept.get(roomId);
  if (room) {
    // Most recently used last: the first key is the one to drop.
    kept.delete(roomId);
    kept.set(roomId, room);
  }
  return room;
}

function keep(roomId: string, room: Kept): void {
  kept.set(roomId, room);
  if (kept.size > MAX_ROOMS) kept.delete(kept.keys().next().value!);
}

/** The room's claim tree at `treeRevision`: the kept one, or read (and then kept). */
export async function shapeFor(
  tx: Transaction,
  roomId: string,
  room: { treeRevision: number; debateId: string },
): Promise<Shape> {
  const known = keptOf(roomId);
  if (known?.treeRevision === room.treeRevision) return known.shape;
  const rows = visibleTree(await roomShapeRows(tx, room.debateId, roomId));
  const shape: Shape = { parent: new Map(), relation: new Map(), children: new Map() };
  for (const row of rows) {
    shape.parent.set(row.id, row.parentId);
    shape.relation.set(row.id, row.relation);
    if (row.parentId)
      shape.children.set(row.parentId, [...(shape.children.get(row.parentId) ?? []), row.id]);
  }
  for (const list of shape.children.values()) list.sort(compareIds);
  // A new tree: the rows kept for the old one start again.
  keep(roomId, { treeRevision: room.treeRevision, shape, revision: null, rows: new Map() });
  return shape;
}

/**
 * A claim proposed by this process at tree revision `treeRevision`: when the kept shape is the
 * one just before, the claim is added to it instead of reading the whole tree again (a
 * proposal then costs what any write costs, however large the tree). Called inside the write.
 */
export function addToShape(
  roomId: string,
  treeRevision: number,
  claim: { id: string; parentId: string; relation: "supports" | "opposes" },
): void {
  const room = keptOf(roomId);
  if (!room || room.treeRevision !== treeRevision - 1 || !room.shape.parent.has(claim.parentId))
    return;
  const { shape } = room;
  shape.parent.set(claim.id, claim.parentId);
  shape.relation.set(claim.id, claim.relation);
  shape.children.set(
    claim.parentId,
    [...(shape.children.get(claim.parentId) ?? []), claim.id].sort(compareIds),
  );
  room.treeRevision = treeRevision;
}

/**
 * The kept rows of the room if they are its rows at `revision` (the room's revision before the
 * write that asks), else undefined.
 */
export function keptRows(roomId: string, revision: number): Map<string, Row | null> | undefined {
  const room = keptOf(roomId);
  return room?.revision === revision ? room.rows : undefined;
}

/**
 * Records rows as the database has them at `revision`. The rows kept so far stay when they were
 * of revision `since` (no write came between, so they are current too); otherwise only these are
 * kept.
 */
export function keepRows(
  roomId: string,
  revision: number,
  rows: Iterable<[string, Row | null]>,
  since: number,
): void {
  const room = keptOf(roomId);
  if (!room) return;
  if (room.revision !== since) room.rows = new Map();
  for (const [id, row] of rows) room.rows.set(id, row);
  room.revision = revision;
}
