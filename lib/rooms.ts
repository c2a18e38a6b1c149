import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claims, enrolments, rooms } from "@/db/schema";
import { forbidden, notFound, unauthenticated } from "./errors";
import type { Viewer } from "./session";

export type RoomRef = { id: string; debateId: string; classId: string | null };

/**
 * The room a request is about, checked for access: the debate's public room unless `roomId`
 * names another room of the same debate. Class rooms are for their members only.
 */
export async function resolveRoom(
  debateId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<RoomRef> {
  const [room] = await db
    .select({ id: rooms.id, debateId: rooms.debateId, classId: rooms.classId })
    .from(rooms)
    .where(
      roomId
        ? and(eq(rooms.id, roomId), eq(rooms.debateId, debateId))
        : and(eq(rooms.debateId, debateId), isNull(rooms.classId)),
    );
  if (!room) throw notFound("room");
  await assertCanRead(room, viewer);
  return room;
}

export async function assertCanRead(room: RoomRef, viewer: Viewer | null): Promise<void> {
  if (room.classId === null) return;
  if (!viewer) throw unauthenticated();
  const [member] = await db
    .select({ role: enrolments.role })
    .from(enrolments)
    .where(and(eq(enrolments.classId, room.classId), eq(enrolments.userId, viewer.id)));
  if (!member) throw forbidden("This room belongs to a class you are not in.");
}

/** A claim and the room it is argued in, for a write by a signed-in viewer. */
export async function claimInRoom(claimId: string, roomId: string | undefined, viewer: Viewer) {
  const [claim] = await db
    .select({ id: claims.id, debateId: claims.debateId })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) throw notFound("claim");
  return { claim, room: await resolveRoom(claim.debateId, roomId, viewer) };
}
