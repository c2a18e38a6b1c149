import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { classes, classInvitations, enrolments, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { actingUser, requireTeacher, roleIn } from "./access";
import { enrol } from "./classes";
import { AppError, conflict, forbidden, notFound } from "./errors";
import type { Viewer } from "./session";

/**
 * Invites an account to co-teach: nothing changes until the invitee accepts, so no teacher can
 * make someone a teacher (or turn an enrolled student into one) behind their back.
 */
export async function inviteCoTeacher(viewer: Viewer, classId: string, username: string) {
  await requireTeacher(classId, viewer);
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, username), isNull(users.disabledAt)));
  if (!user)
    throw new AppError(404, "No account with that username.", {
      username: ["No account with that username."],
    });
  const role = await roleIn(classId, { id: user.id, name: "", role: "user" });
  if (role === "teacher")
    throw conflict(
      user.id === viewer.id ? "You already teach this class." : "They already teach this class.",
    );
  await writeTransaction(db, (tx) =>
    tx
      .insert(classInvitations)
      .values({ classId, userId: user.id, invitedBy: viewer.id })
      .onConflictDoNothing(),
  );
  return { studentOfTheClass: role === "student" };
}

/** A class's open invitations, for its teachers. */
export async function pendingInvitations(viewer: Viewer, classId: string) {
  await requireTeacher(classId, viewer);
  return db
    .select({ username: users.username, name: users.name })
    .from(classInvitations)
    .innerJoin(users, eq(users.id, classInvitations.userId))
    .where(eq(classInvitations.classId, classId))
    .orderBy(asc(users.username));
}

/** The viewer's open invitations to co-teach, with what accepting would change. */
export async function myInvitations(viewer: Viewer) {
  const rows = await db
    .select({
      classId: classInvitations.classId,
      className: classes.name,
      invitedBy: users.name,
      role: enrolments.role,
    })
    .from(classInvitations)
    .innerJoin(classes, eq(classes.id, classInvitations.classId))
    .innerJoin(users, eq(users.id, classInvitations.invitedBy))
    .leftJoin(
      enrolments,
      and(eq(enrolments.classId, classInvitations.classId), eq(enrolments.userId, viewer.id)),
    )
    .where(eq(classInvitations.userId, viewer.id))
    .orderBy(asc(classes.name));
  return rows.map(({ role, ...r }) => ({ ...r, studentOfTheClass: role === "student" }));
}

/**
 * Accepts or declines an invitation addressed to the viewer (404 for anyone else). Accepting
 * as an enrolled student ends the student enrolment: the membership becomes a teacher's (their
 * work in the class rooms stays, their to-do list and grades leave with the student role).
 */
export async function answerInvitation(viewer: Viewer, classId: string, accept: boolean) {
  actingUser(viewer);
  return writeTransaction(db, async (tx) => {
    const [invitation] = await tx
      .delete(classInvitations)
      .where(and(eq(classInvitations.classId, classId), eq(classInvitations.userId, viewer.id)))
      .returning();
    if (!invitation) throw notFound("invitation to this class");
    if (accept) await enrol(tx, classId, viewer.id, "teacher");
    return { accepted: accept };
  });
}

/**
 * Removes a co-teacher (or lets a teacher leave). The class's owner stays, so a class always
 * keeps a teacher.
 */
export async function removeTeacher(viewer: Viewer, classId: string, teacherId: string) {
  await requireTeacher(classId, viewer);
  await writeTransaction(db, async (tx) => {
    const [owned] = await tx
      .select({ ownerId: classes.ownerId })
      .from(classes)
      .where(eq(classes.id, classId));
    const [member] = await tx
      .select({ role: enrolments.role })
      .from(enrolments)
      .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, teacherId)));
    if (member?.role !== "teacher") throw notFound("teacher in this class");
    if (owned!.ownerId === teacherId) throw forbidden("The class's owner cannot be removed.");
    const teachers = await tx.$count(
      enrolments,
      and(eq(enrolments.classId, classId), eq(enrolments.role, "teacher")),
    );
    if (teachers <= 1) throw conflict("A class needs at least one teacher.");
    await tx
      .delete(enrolments)
      .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, teacherId)));
  });
}
