import "server-only";
import { AppError, unauthenticated } from "../errors";
import type { Viewer } from "../session";

export const MUST_CHANGE_PASSWORD =
  "Choose a new password first (your account has a one-time password).";

/**
 * The acting user of a write (and of a read inside a class): signed in, and past the one-time
 * password a teacher printed for them. The flag is the database's own: the session re-reads it
 * on every request (auth.ts), so a password changed a moment ago counts at once. Checked here,
 * in the data layer, every entry point (route, server action, script) is held to it alike.
 */
export function actingUser(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (viewer.mustChangePassword) throw new AppError(403, MUST_CHANGE_PASSWORD);
  return viewer;
}
