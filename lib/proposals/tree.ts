import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claims, rooms } from "@/db/schema";
import type { Transaction } from "@/db/write";
import { roomShapeRows, visibleTree } from "../claim-scope";
import { conflict, forbidden, notFound } from "../errors";
import type { RoomRef } from "../rooms";

export type ClaimRow = typeof claims.$inferSelect;

/** A reader's claim with its room; the essay's own claims change only with the map. */
export async function readerClaim(tx: Transaction | typeof db, claimId: string) {
  const [row] = await tx
    .select({
      claim: claims,
      room: { id: rooms.id, debateId: rooms.debateId, classId: rooms.classId },
    })
    .from(claims)
    .leftJoin(rooms, eq(rooms.id, claims.roomId))
    .where(eq(claims.id, claimId));
  if (!row) throw notFound("claim");
  if (!row.room)
    throw forbidden("The essay's own claims change only with a new version of its map.");
  if (row.claim.retiredAt) throw conflict("This claim was merged into another.");
  return { claim: row.claim, room: row.room satisfies RoomRef };
}

/** The claims of a room's tree (ids, parents) as they stand inside a transaction. */
export async function roomTree(tx: Transaction, room: RoomRef) {
  return visibleTree(await roomShapeRows(tx, room.debateId, room.id));
}
