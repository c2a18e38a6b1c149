import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { classes, enrolments } from "@/db/schema";
import { forbidden, notFound, unauthenticated } from "../errors";
import type { Viewer } from "../session";
import { actingUser } from "./actor";

export type ClassRole = "teacher" | "student";

/** A user's role in a class, or null for outsiders. The one membership query. */
export async function memberRole(classId: string, userId: string): Promise<ClassRole | null> {
  const [row] = await db
    .select({ role: enrolments.role })
    .from(enrolments)
    .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, userId)));
  return row?.role ?? null;
}

/** The viewer's role in a class, or null for outsiders (and anonymous visitors). */
export async function roleIn(classId: string, viewer: Viewer | null): Promise<ClassRole | null> {
  return viewer ? memberRole(classId, viewer.id) : null;
}

async function assertClassExists(classId: string) {
  const [row] = await db.select({ id: classes.id }).from(classes).where(eq(classes.id, classId));
  if (!row) throw notFound("class");
}

/** Members (teachers and students) only: 401 anonymous, 403 outsiders, 404 no such class. */
export async function requireMember(classId: string, viewer: Viewer | null): Promise<ClassRole> {
  const member = actingUser(viewer);
  await assertClassExists(classId);
  const role = await memberRole(classId, member.id);
  if (!role) throw forbidden("You are not a member of this class.");
  return role;
}

/** Teachers (owner and co-teachers) only. */
export async function requireTeacher(classId: string, viewer: Viewer | null): Promise<void> {
  const role = await requireMember(classId, viewer);
  if (role !== "teacher") throw forbidden("Only the class's teachers can do that.");
}

/** 404 unless `studentId` is a student of the class (teachers are not given sides or grades). */
export async function requireStudentOf(classId: string, studentId: string): Promise<void> {
  if ((await memberRole(classId, studentId)) !== "student") throw notFound("student in this class");
}

/** A room's readers: anyone for a public room, the class's members for a class room. */
export async function assertCanReadRoom(
  room: { classId: string | null },
  viewer: Viewer | null,
): Promise<void> {
  if (room.classId === null) return;
  if (!viewer) throw unauthenticated();
  actingUser(viewer);
  if (!(await memberRole(room.classId, viewer.id)))
    throw forbidden("This room belongs to a class you are not in.");
}
