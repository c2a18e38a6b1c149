import "server-only";
import { auth } from "@/auth";
import { unauthenticated } from "./errors";

export type Viewer = { id: string; name: string; role: "user" | "admin" };

/** The signed-in account of this request, or null. The token is re-checked against the database. */
export async function currentViewer(): Promise<Viewer | null> {
  const session = await auth();
  const user = session?.user;
  return user?.id ? { id: user.id, name: user.name, role: user.role } : null;
}

export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw unauthenticated();
  return viewer;
}
