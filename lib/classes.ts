import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { classes, debates, enrolments, rooms, users } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { dealSidesToNewStudent } from "./assignments/sides";
import { hashPassword, hashPasswordInBulk } from "./auth/password";
import {
  actingUser,
  classmateIdentities,
  identityOf,
  requireMember,
  requireStudentOf,
  requireTeacher,
  shownPseudonym,
  type ClassRole,
} from "./access";
import { AppError, forbidden, invalid } from "./errors";
import { joinCode, oneTimePassword, pseudonym, publicId, usernameFrom } from "./names";
import { roomsOfClass } from "./rooms";
import type { Viewer } from "./session";
import { ROSTER_DAILY_MAX, ROSTER_MAX_PER_REQUEST } from "./validation/classes";
import type { RosterEntry } from "./validation/roster-import";

const DAY_MS = 24 * 60 * 60_000;

/** Adds (or changes the role of) a member; each membership gets its own pseudonym and public id. */
export async function enrol(tx: Transaction, classId: string, userId: string, role: ClassRole) {
  await tx
    .insert(enrolments)
    .values({ classId, userId, role, pseudonym: pseudonym(), publicId: publicId() })
    .onConflictDoUpdate({ target: [enrolments.classId, enrolments.userId], set: { role } });
  if (role === "student") await dealSidesToNewStudent(tx, classId, userId);
}

/** One private room per debate for a class (idempotent). */
async function ensureClassRooms(tx: Transaction, classId: string) {
  const all = await tx.select({ id: debates.id }).from(debates);
  for (const debate of all) {
    await tx
      .insert(rooms)
      .values({ id: randomUUID(), debateId: debate.id, classId })
      .onConflictDoNothing();
  }
}

export async function createClass(viewer: Viewer, input: { name: string; anonymous: boolean }) {
  actingUser(viewer);
  const id = randomUUID();
  await writeTransaction(db, async (tx) => {
    await tx.insert(classes).values({
      id,
      name: input.name,
      ownerId: viewer.id,
      anonymous: input.anonymous,
      joinCode: joinCode(),
    });
    await enrol(tx, id, viewer.id, "teacher");
    await ensureClassRooms(tx, id);
  });
  return classOverview(id, viewer);
}

/** The class as its member sees it; the join code only for teachers. */
export async function classOverview(classId: string, viewer: Viewer | null) {
  const role = await requireMember(classId, viewer);
  const [row] = await db.select().from(classes).where(eq(classes.id, classId));
  const classRooms = await roomsOfClass(classId);
  return {
    id: row!.id,
    name: row!.name,
    anonymous: row!.anonymous,
    role,
    joinCode: role === "teacher" ? row!.joinCode : null,
    joinEnabled: role === "teacher" ? row!.joinEnabled : null,
    rooms: classRooms,
  };
}

/**
 * Classes the viewer teaches or attends. Open to an account still on a one-time password, like
 * its other reads of itself: the page after the password change lands the student with it.
 */
export async function myClasses(viewer: Viewer) {
  return db
    .select({ id: classes.id, name: classes.name, role: enrolments.role })
    .from(enrolments)
    .innerJoin(classes, eq(classes.id, enrolments.classId))
    .where(eq(enrolments.userId, viewer.id))
    .orderBy(asc(classes.name));
}

/**
 * Members. Teachers see real names, usernames and pseudonyms; in an anonymous class students
 * see the others under their pseudonyms and public ids (lib/access/pseudonyms.ts), in an order that
 * gives no hint of real names.
 */
export async function roster(classId: string, viewer: Viewer) {
  const role = await requireMember(classId, viewer);
  const [shown] = await db
    .select({ anonymous: classes.anonymous, ownerId: classes.ownerId })
    .from(classes)
    .where(eq(classes.id, classId));
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      username: users.username,
      role: enrolments.role,
      pseudonym: enrolments.pseudonym,
      mustChangePassword: users.mustChangePassword,
      managed: sql<boolean>`${users.managedByClassId} = ${classId}`.mapWith(Boolean),
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(eq(enrolments.classId, classId))
    .orderBy(asc(enrolments.role), asc(users.name));
  const identities = await classmateIdentities(classId, viewer);
  const teacher = role === "teacher";
  const members = rows.map((r) => ({
    ...identityOf(identities, r.id, r.name),
    role: r.role,
    owner: r.id === shown!.ownerId,
    username: teacher ? r.username : null,
    pseudonym: shownPseudonym(shown!.anonymous, { id: viewer.id, role }, r),
    mustChangePassword: teacher ? r.mustChangePassword : null,
    /** Whether the class made this account, so its teachers may reset its password. */
    managed: teacher ? r.managed : null,
  }));
  return identities
    ? members.sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name))
    : members;
}

export async function joinWithCode(viewer: Viewer, code: string) {
  actingUser(viewer);
  const [open] = await db.select().from(classes).where(eq(classes.joinCode, code));
  if (!open || !open.joinEnabled)
    throw new AppError(404, "That join code does not match an open class.");
  await writeTransaction(db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.classId, open.id), eq(enrolments.userId, viewer.id)));
    if (!existing) await enrol(tx, open.id, viewer.id, "student");
  });
  return { classId: open.id, name: open.name };
}

export async function setJoining(
  viewer: Viewer,
  classId: string,
  action: "rotate" | "enable" | "disable",
) {
  await requireTeacher(classId, viewer);
  const set =
    action === "rotate"
      ? { joinCode: joinCode(), joinEnabled: true }
      : { joinEnabled: action === "enable" };
  await writeTransaction(db, (tx) => tx.update(classes).set(set).where(eq(classes.id, classId)));
  return classOverview(classId, viewer);
}

/**
 * How many accounts a teacher has made in the last day, read in the transaction that would add
 * more, so that every process agrees. Throws 429 when `adding` more would pass the cap.
 */
async function assertDailyAllowance(
  tx: Transaction | typeof db,
  teacherId: string,
  adding: number,
) {
  const since = new Date(Date.now() - DAY_MS);
  const made = await tx.$count(
    users,
    and(eq(users.createdBy, teacherId), gt(users.createdAt, since)),
  );
  if (made + adding <= ROSTER_DAILY_MAX) return;
  const left = Math.max(0, ROSTER_DAILY_MAX - made);
  throw new AppError(
    429,
    `You can make at most ${ROSTER_DAILY_MAX} student accounts a day; ${left} left today.`,
    { names: [`At most ${left} more today.`] },
    60 * 60,
    { code: "daily_accounts", values: { max: ROSTER_DAILY_MAX, left } },
  );
}

/**
 * Makes student accounts without e-mail: a username (the roster's, or one made from the name)
 * and a one-time password each, returned once (only the hash is kept); the student must choose
 * a new password at first sign-in. The class manages these accounts: its teachers may reset
 * their passwords. At most ROSTER_MAX_PER_REQUEST at a time and ROSTER_DAILY_MAX per teacher a
 * day, hashed in the bulk lane so that nobody's sign-in waits behind a roster. A username the
 * roster asks for that is taken refuses the whole roster: nothing is made.
 */
export async function createStudents(
  viewer: Viewer,
  classId: string,
  students: (string | RosterEntry)[],
) {
  await requireTeacher(classId, viewer);
  if (students.length > ROSTER_MAX_PER_REQUEST)
    throw invalid({ names: [`Add at most ${ROSTER_MAX_PER_REQUEST} students at a time.`] });
  const entries = students.map((s) => (typeof s === "string" ? { name: s } : s));
  await assertDailyAllowance(db, viewer.id, entries.length);
  await assertUsernamesFree(db, entries);
  const made = await Promise.all(
    entries.map(async ({ name, username }) => {
      const password = oneTimePassword();
      return {
        id: randomUUID(),
        name,
        chosen: username !== undefined,
        username: username ?? usernameFrom(name),
        password,
        passwordHash: await hashPasswordInBulk(password),
      };
    }),
  );
  await writeTransaction(db, async (tx) => {
    await assertDailyAllowance(tx, viewer.id, made.length);
    await assertUsernamesFree(tx, entries);
    for (const s of made) {
      while (
        !s.chosen &&
        (await tx.select({ id: users.id }).from(users).where(eq(users.username, s.username)))
          .length > 0
      ) {
        s.username = usernameFrom(s.name);
      }
      await tx.insert(users).values({
        id: s.id,
        username: s.username,
        name: s.name,
        passwordHash: s.passwordHash,
        mustChangePassword: true,
        managedByClassId: classId,
        createdBy: viewer.id,
      });
      await enrol(tx, classId, s.id, "student");
    }
  });
  return made.map(({ id, name, username, password }) => ({ id, name, username, password }));
}

/** Refuses (400, naming each) usernames a roster asks for that an account already has. */
async function assertUsernamesFree(tx: Transaction | typeof db, entries: RosterEntry[]) {
  const wanted = entries.flatMap((e) => (e.username ? [e.username] : []));
  if (wanted.length === 0) return;
  const taken = await tx
    .select({ username: users.username })
    .from(users)
    .where(inArray(users.username, wanted));
  if (taken.length > 0)
    throw invalid({
      csv: taken.map((t) => `The username "${t.username}" is already taken: choose another.`),
    });
}

/**
 * A fresh one-time password for a student account the class made; old sessions end. A member
 * who registered themselves owns their account: no teacher may reset it (that would be a
 * takeover).
 */
export async function resetStudentPassword(viewer: Viewer, classId: string, studentId: string) {
  await requireTeacher(classId, viewer);
  await requireStudentOf(classId, studentId);
  const [account] = await db
    .select({ managedBy: users.managedByClassId })
    .from(users)
    .where(eq(users.id, studentId));
  if (account?.managedBy !== classId)
    throw forbidden(
      "This student made their own account: only they can change its password (they can reset it themselves).",
    );
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await writeTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, studentId));
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        sessionVersion: row!.sv + 1,
        keptSessionId: null,
      })
      .where(eq(users.id, studentId));
  });
  return { password };
}

/** Removes a student from the class; their contributions stay in the class room. */
export async function removeStudent(viewer: Viewer, classId: string, studentId: string) {
  await requireTeacher(classId, viewer);
  await requireStudentOf(classId, studentId);
  await writeTransaction(db, (tx) =>
    tx
      .delete(enrolments)
      .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, studentId))),
  );
}

/** Students of a class (for teachers' tables), real names. */
export async function studentsOf(classId: string) {
  return db
    .select({ id: users.id, name: users.name, username: users.username })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(and(eq(enrolments.classId, classId), eq(enrolments.role, "student")))
    .orderBy(asc(users.name));
}
