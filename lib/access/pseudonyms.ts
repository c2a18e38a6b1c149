import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { classes, enrolments, users } from "@/db/schema";
import type { Viewer } from "../session";
import type { ClassRole } from "./members";

import { FORMER_MEMBER, type Identity } from "./identity";

export { FORMER_MEMBER, type Identity };

/**
 * The one rule for who sees whom as what in a class. In an anonymous class a student sees
 * every other member under the membership's random public id, never the account id (which
 * would link them to their public-room contributions), and other students under their
 * pseudonym; teachers keep their names. Teachers of the class, and every member of a
 * non-anonymous class, see real names and ids: the answer is then null.
 */
export async function classmateIdentities(
  classId: string,
  viewer: Viewer | null,
): Promise<Map<string, Identity> | null> {
  const [visibility] = await db
    .select({ anonymous: classes.anonymous })
    .from(classes)
    .where(eq(classes.id, classId));
  if (!visibility?.anonymous) return null;
  const members = await db
    .select({
      userId: enrolments.userId,
      role: enrolments.role,
      pseudonym: enrolments.pseudonym,
      publicId: enrolments.publicId,
      name: users.name,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(eq(enrolments.classId, classId));
  if (members.find((m) => m.userId === viewer?.id)?.role === "teacher") return null;
  return new Map(
    members.map((m) => [
      m.userId,
      m.userId === viewer?.id
        ? { id: m.publicId, name: m.name }
        : { id: m.publicId, name: m.role === "student" ? m.pseudonym : m.name },
    ]),
  );
}

/**
 * An author as the viewer may see them, given `classmateIdentities`' answer. A null name is an
 * account that no longer exists.
 */
export function identityOf(
  identities: Map<string, Identity> | null,
  userId: string,
  realName: string | null,
): Identity {
  if (realName === null) return FORMER_MEMBER;
  if (!identities) return { id: userId, name: realName };
  return identities.get(userId) ?? FORMER_MEMBER;
}

/**
 * A member's pseudonym as the roster shows it: only in an anonymous class, and only to the
 * class's teachers and to the member themself (a classmate sees it as the name, above).
 */
export function shownPseudonym(
  anonymous: boolean,
  viewer: { id: string; role: ClassRole | null },
  member: { id: string; pseudonym: string },
): string | null {
  return anonymous && (viewer.role === "teacher" || member.id === viewer.id)
    ? member.pseudonym
    : null;
}
