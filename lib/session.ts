import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { AppError, unauthenticated } from "./errors";

export type Viewer = {
  id: string;
  name: string;
  role: "user" | "admin";
  mustChangePassword?: boolean;
  /** The session's own id (see auth.ts), when it has one. */
  sessionId?: string;
};

/**
 * The signed-in account of this request, or null. The token is re-checked against the database
 * once per request: layout, page and data layer share the answer.
 */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  return user?.id
    ? {
        id: user.id,
        name: user.name,
        role: user.role,
        mustChangePassword: user.mustChangePassword,
        sessionId: session?.sessionId,
      }
    : null;
});

/** A signed-in viewer allowed to write: accounts still on a one-time password must change it first. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw unauthenticated();
  if (viewer.mustChangePassword) {
    throw new AppError(403, "Choose a new password first (your account has a one-time password).");
  }
  return viewer;
}
