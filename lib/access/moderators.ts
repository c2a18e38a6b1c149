import "server-only";
import { forbidden } from "../errors";
import type { Viewer } from "../session";
import { actingUser } from "./actor";
import { roleIn, requireTeacher } from "./members";

/** Whether the viewer moderates the room: teachers their class rooms, admins the public rooms. */
export async function canModerate(room: { classId: string | null }, viewer: Viewer | null) {
  if (!viewer || viewer.mustChangePassword) return false;
  return room.classId
    ? (await roleIn(room.classId, viewer)) === "teacher"
    : viewer.role === "admin";
}

/** The same rule, refusing: 403 for anyone who does not moderate the room. */
export async function assertModerator(room: { classId: string | null }, viewer: Viewer) {
  if (room.classId) await requireTeacher(room.classId, viewer);
  else assertAdmin(viewer);
}

export function assertAdmin(viewer: Viewer) {
  if (actingUser(viewer).role !== "admin") throw forbidden("Only moderators can do that here.");
}
