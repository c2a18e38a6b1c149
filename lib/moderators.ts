import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { evidence, rooms } from "@/db/schema";
import { requireTeacher, roleIn } from "./class-access";
import { forbidden, notFound } from "./errors";
import type { Viewer } from "./session";

/** An item (not deleted) with the room it was posted in. */
export async function itemWithRoom(evidenceId: string) {
  const [row] = await db
    .select({
      item: evidence,
      room: { id: rooms.id, debateId: rooms.debateId, classId: rooms.classId },
    })
    .from(evidence)
    .innerJoin(rooms, eq(rooms.id, evidence.roomId))
    .where(eq(evidence.id, evidenceId));
  if (!row || row.item.deletedAt) throw notFound("evidence");
  return row;
}

/** Teachers moderate their class rooms; admins the public room. */
export async function assertModerator(room: { classId: string | null }, viewer: Viewer) {
  if (room.classId) await requireTeacher(room.classId, viewer);
  else assertAdmin(viewer);
}

/** The same rule as a yes or no, for pages that show moderator controls. */
export async function isModerator(room: { classId: string | null }, viewer: Viewer | null) {
  if (!viewer) return false;
  return room.classId
    ? (await roleIn(room.classId, viewer)) === "teacher"
    : viewer.role === "admin";
}

export function assertAdmin(viewer: Viewer) {
  if (viewer.role !== "admin") throw forbidden("Only moderators can do that here.");
}
