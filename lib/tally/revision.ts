import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/write";
import { rooms } from "@/db/schema";

/** Bumps the room's revision; tally rows written by this write carry it. */
export async function bumpRevision(tx: Transaction, roomId: string): Promise<number> {
  const [room] = await tx
    .update(rooms)
    .set({ revision: sql`${rooms.revision} + 1` })
    .where(eq(rooms.id, roomId))
    .returning({ revision: rooms.revision });
  if (!room) throw new Error(`No room ${roomId}`);
  return room.revision;
}
