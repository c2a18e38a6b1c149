import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { assignments, classes } from "@/db/schema";
import { targetClaims } from "./assignments/rows";
import { sideOf } from "./assignments/sides";
import { requireMember } from "./access";
import { notFound } from "./errors";
import { roomById } from "./rooms";
import type { Viewer } from "./session";

/**
 * Where a page of a debate is: the public room, or a class's private room with what the class
 * was asked to do there (each assignment on this debate, the viewer's side, the target claims),
 * so a student always knows who will read what they post and what they are here to do.
 */
export async function roomContext(roomId: string | undefined, viewer: Viewer | null) {
  if (!roomId) return { kind: "public" as const };
  const room = await roomById(roomId);
  if (!room) throw notFound("room");
  if (!room.classId) return { kind: "public" as const };
  const role = await requireMember(room.classId, viewer);
  const [named] = await db
    .select({ name: classes.name })
    .from(classes)
    .where(eq(classes.id, room.classId));
  const rows = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.classId, room.classId), eq(assignments.debateId, room.debateId)))
    .orderBy(asc(assignments.dueAt));
  return {
    kind: "class" as const,
    roomId,
    classId: room.classId,
    className: named!.name,
    role,
    assignments: await Promise.all(
      rows.map(async (a) => ({
        id: a.id,
        title: a.title,
        dueAt: a.dueAt.toISOString(),
        timeZone: a.timeZone,
        side: role === "student" ? await sideOf(a.id, viewer!.id, a) : null,
        targets: await targetClaims(JSON.parse(a.targetClaimIds)),
      })),
    ),
  };
}

export type RoomContext = Awaited<ReturnType<typeof roomContext>>;
