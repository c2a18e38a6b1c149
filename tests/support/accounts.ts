import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { Viewer } from "@/lib/session";

/** Makes accounts straight in the database, for data-layer tests that need viewers. */
export async function makeViewers(
  count: number,
  prefix = "user",
): Promise<(Viewer & { username: string })[]> {
  const viewers = Array.from({ length: count }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      name: `${prefix} ${i}`,
      role: "user" as const,
      username: `${prefix}-${i}-${id.slice(0, 8)}`,
    };
  });
  await db
    .insert(users)
    .values(viewers.map((v) => ({ id: v.id, name: v.name, username: v.username })));
  return viewers;
}
