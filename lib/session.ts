import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { unauthenticated } from "./errors";

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

/**
 * The signed-in viewer of a request, or 401. What they may do, including whether they must
 * change a one-time password first, is the data layer's to say (lib/access).
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw unauthenticated();
  return viewer;
}
