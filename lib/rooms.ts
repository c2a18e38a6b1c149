import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claims, enrolments, rooms } from "@/db/schema";
import { conflict, forbidden, notFound, unauthenticated } from "./errors";
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
  const room = await findRoom(debateId, roomId);
  if (!room) throw notFound("room");
  await assertCanRead(room, viewer);
  return room;
}

// Rooms and claims are never deleted, and a room's debate and class, like a claim's debate,
// never change: once read, a process keeps them (every write looks them up). Who may read a
// room (class membership) does change, so assertCanRead asks the database every time.
const roomsById = new Map<string, RoomRef>();
const publicRooms = new Map<string, RoomRef>();
const claimDebates = new Map<string, string>();

async function findRoom(debateId: string, roomId: string | undefined) {
  const known = roomId ? roomsById.get(roomId) : publicRooms.get(debateId);
  if (known) return known.debateId === debateId ? known : undefined;
  const [room] = await db
    .select({ id: rooms.id, debateId: rooms.debateId, classId: rooms.classId })
    .from(rooms)
    .where(
      roomId ? eq(rooms.id, roomId) : and(eq(rooms.debateId, debateId), isNull(rooms.classId)),
    );
  if (!room) return undefined;
  roomsById.set(room.id, room);
  if (room.classId === null) publicRooms.set(room.debateId, room);
  return room.debateId === debateId ? room : undefined;
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
  let debateId = claimDebates.get(claimId);
  if (!debateId) {
    const [claim] = await db
      .select({ debateId: claims.debateId, retiredAt: claims.retiredAt })
      .from(claims)
      .where(eq(claims.id, claimId));
    if (!claim) throw notFound("claim");
    // Retired by a revision of the map (which runs before a process serves): argued no more.
    if (claim.retiredAt)
      throw conflict("This claim was revised: argue on the claims that replaced it.");
    debateId = claim.debateId;
    claimDebates.set(claimId, debateId);
  }
  return { claim: { id: claimId, debateId }, room: await resolveRoom(debateId, roomId, viewer) };
}

/**
 * Whether `roomId` is a class room of the debate, asking nothing of the viewer: for the cached
 * shell of a class room's page, which holds nothing private (decision 0028). Its scores come
 * from roomSnapshot, which checks membership.
 */
export async function isClassRoomOf(debateId: string, roomId: string): Promise<boolean> {
  const room = await findRoom(debateId, roomId);
  return room !== undefined && room.classId !== null;
}
