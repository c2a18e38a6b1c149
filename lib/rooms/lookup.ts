// Loaded also by scripts/serve.ts outside Next's bundle (lib/live/node-events.ts): no
// "server-only" guard, no Next APIs.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { debates, rooms } from "@/db/schema";

export type RoomRef = { id: string; debateId: string; classId: string | null };

// Rooms are never deleted, and a room's debate and class never change: once read, a process
// keeps them (every write looks its room up). Who may read a room (class membership) does
// change: that is asked of the database every time (lib/access).
const roomsById = new Map<string, RoomRef>();
const publicRoomsByDebate = new Map<string, RoomRef>();
const publicRoomsBySlug = new Map<string, RoomRef>();

const roomColumns = { id: rooms.id, debateId: rooms.debateId, classId: rooms.classId };

function remember(room: RoomRef): RoomRef {
  roomsById.set(room.id, room);
  if (room.classId === null) publicRoomsByDebate.set(room.debateId, room);
  return room;
}

/** A room by its id, or undefined. */
export async function roomById(roomId: string): Promise<RoomRef | undefined> {
  const known = roomsById.get(roomId);
  if (known) return known;
  const [room] = await db.select(roomColumns).from(rooms).where(eq(rooms.id, roomId));
  return room && remember(room);
}

/** A debate's public room (every debate has one: the seed makes it), or undefined. */
export async function publicRoomOf(debateId: string): Promise<RoomRef | undefined> {
  const known = publicRoomsByDebate.get(debateId);
  if (known) return known;
  const [room] = await db
    .select(roomColumns)
    .from(rooms)
    .where(and(eq(rooms.debateId, debateId), isNull(rooms.classId)));
  return room && remember(room);
}

/** The public room of the debate with this slug, or undefined (no such debate). */
export async function publicRoomOfSlug(slug: string): Promise<RoomRef | undefined> {
  const known = publicRoomsBySlug.get(slug);
  if (known) return known;
  const [room] = await db
    .select(roomColumns)
    .from(debates)
    .innerJoin(rooms, and(eq(rooms.debateId, debates.id), isNull(rooms.classId)))
    .where(eq(debates.slug, slug));
  if (!room) return undefined;
  publicRoomsBySlug.set(slug, room);
  return remember(room);
}
