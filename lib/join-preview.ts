import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { classes, users } from "@/db/schema";

/**
 * What a join link may tell anyone who holds it: the class's name and its teacher's display
 * name, so a student sees they are joining the right class before making an account. Nothing
 * when the code is unknown or joining is off.
 */
export async function joinPreview(code: string) {
  const normalised = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{4,20}$/.test(normalised)) return null;
  const [row] = await db
    .select({ name: classes.name, teacher: users.name, open: classes.joinEnabled })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.ownerId))
    .where(eq(classes.joinCode, normalised));
  return row?.open ? { code: normalised, className: row.name, teacherName: row.teacher } : null;
}

/** The join code in a `next` path like /classes/join/ABCD2345, if it is one. */
export const joinCodeIn = (next: string | undefined) =>
  next?.match(/^\/classes\/join\/([A-Za-z0-9]{4,20})$/)?.[1];
