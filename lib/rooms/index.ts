import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { claims, debates, evidence, rooms } from "@/db/schema";
import { actingUser, assertCanReadRoom } from "../access";
import { conflict, invalid, notFound } from "../errors";
import type { Viewer } from "../session";
import { publicRoomOf, roomById, type RoomRef } from "./lookup";
import { parseRoomParam } from "./param";

/**
 * Rooms, written once: which room a request or page is about, a room's class and debate
 * (cached, they never change) and the rooms of a class. Who may
 * read a room is the access module's rule (lib/access).
 */
export { publicRoomOf, publicRoomOfSlug, roomById, type RoomRef } from "./lookup";
export { parseRoomParam } from "./param";

/** The `?room=` of an API request; a value no room could have is a 400. */
export function roomOfRequest(request: Request): string | undefined {
  const room = parseRoomParam(new URL(request.url).searchParams.get("room"));
  if (room === null) throw invalid({ room: ["Not a room id."] });
  return room;
}

/** A page's `?room=`: a value no room could have shows the public room. */
export const roomOfPage = (value: string | string[] | undefined) =>
  parseRoomParam(value) ?? undefined;

/**
 * The room a request is about, checked for access: the debate's public room unless `roomId`
 * names another room of the same debate. Class rooms are for their members only.
 */
export async function resolveRoom(
  debateId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<RoomRef> {
  const room = roomId ? await roomById(roomId) : await publicRoomOf(debateId);
  if (!room || room.debateId !== debateId) throw notFound("room");
  await assertCanReadRoom(room, viewer);
  return room;
}

/** A debate's public room id; every debate has one (the seed makes it). */
export async function publicRoomIdOf(debateId: string): Promise<string> {
  const room = await publicRoomOf(debateId);
  if (!room) throw new Error(`Debate ${debateId} has no public room`);
  return room.id;
}

// A debate's slug names the same debate for good.
const debateIdsBySlug = new Map<string, string>();

/** The room of the debate with this slug that the viewer may read (class rooms: members only). */
export async function roomOfDebateSlug(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<RoomRef> {
  let debateId = debateIdsBySlug.get(slug);
  if (!debateId) {
    const [debate] = await db
      .select({ id: debates.id })
      .from(debates)
      .where(eq(debates.slug, slug));
    if (!debate) throw notFound("debate");
    debateId = debate.id;
    debateIdsBySlug.set(slug, debateId);
  }
  return resolveRoom(debateId, roomId, viewer);
}

/** A room by id for a reader: 404 unknown, then the access rule. */
export async function readableRoom(roomId: string, viewer: Viewer | null): Promise<RoomRef> {
  const room = await roomById(roomId);
  if (!room) throw notFound("room");
  await assertCanReadRoom(room, viewer);
  return room;
}

// A claim's debate never changes either.
const claimDebates = new Map<string, string>();

/**
 * A claim and the room it is argued in, for a write by a signed-in viewer. A claim a reader
 * proposed is argued only in its own room, and not while a moderator has it hidden.
 */
export async function claimInRoom(claimId: string, roomId: string | undefined, viewer: Viewer) {
  actingUser(viewer);
  let debateId = claimDebates.get(claimId);
  if (!debateId) {
    const [claim] = await db
      .select({
        debateId: claims.debateId,
        retiredAt: claims.retiredAt,
        roomId: claims.roomId,
        hiddenAt: claims.hiddenAt,
      })
      .from(claims)
      .where(eq(claims.id, claimId));
    if (!claim) throw notFound("claim");
    // Retired by a revision of the map (or merged by a moderator): argued no more.
    if (claim.retiredAt)
      throw conflict("This claim was revised: argue on the claims that replaced it.");
    if (claim.roomId !== null) {
      // A reader's claim can be hidden, restored or merged at any time: never kept.
      if (claim.hiddenAt) throw conflict("A moderator has hidden this claim.");
      const room = await resolveRoom(claim.debateId, roomId, viewer);
      if (room.id !== claim.roomId) throw notFound("claim");
      return { claim: { id: claimId, debateId: claim.debateId }, room };
    }
    debateId = claim.debateId;
    claimDebates.set(claimId, debateId);
  }
  return { claim: { id: claimId, debateId }, room: await resolveRoom(debateId, roomId, viewer) };
}

/** An evidence item (not deleted) with the room it was posted in. */
export async function evidenceWithRoom(evidenceId: string) {
  const [item] = await db.select().from(evidence).where(eq(evidence.id, evidenceId));
  if (!item || item.deletedAt) throw notFound("evidence");
  return { item, room: (await roomById(item.roomId))! };
}

/** The rooms of a class, one per debate, with the debate they argue (a class gains rooms). */
export async function roomsOfClass(classId: string) {
  return db
    .select({
      id: rooms.id,
      debateId: rooms.debateId,
      slug: debates.slug,
      titleEn: debates.titleEn,
    })
    .from(rooms)
    .innerJoin(debates, eq(debates.id, rooms.debateId))
    .where(eq(rooms.classId, classId))
    .orderBy(asc(debates.slug));
}

/** The ids of a class's rooms. */
export const roomIdsOfClass = async (classId: string) =>
  (await roomsOfClass(classId)).map((r) => r.id);

/** The ids of every debate's public room. */
export const publicRoomIds = async () =>
  (await db.select({ id: rooms.id }).from(rooms).where(isNull(rooms.classId))).map((r) => r.id);

/**
 * Whether `roomId` is a class room of the debate, asking nothing of the viewer: for the cached
 * shell of a class room's page, which holds nothing private (decision 0028). Its scores come
 * from roomSnapshot, which checks membership.
 */
export async function isClassRoomOf(debateId: string, roomId: string): Promise<boolean> {
  const room = await roomById(roomId);
  return room !== undefined && room.debateId === debateId && room.classId !== null;
}
