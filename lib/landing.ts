import "server-only";
import { myClasses } from "./classes";
import type { Viewer } from "./session";

/**
 * Where a student goes after choosing their own password. Accounts on a one-time password are
 * made by a teacher for a class, so "home" for them is that class: a `next` that names a
 * particular page is kept, a generic one (home, the class list) leads to their class.
 */
export async function landingAfterPasswordChange(viewer: Viewer, next: string): Promise<string> {
  if (next !== "/" && next !== "/classes") return next;
  const attending = (await myClasses(viewer)).filter((c) => c.role === "student");
  if (attending.length === 1) return `/classes/${attending[0]!.id}`;
  return attending.length > 1 ? "/classes" : next;
}
