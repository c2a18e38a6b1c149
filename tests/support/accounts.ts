import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { Viewer } from "@/lib/session";

/** Makes accounts straight in the database, for data-layer tests that need viewers. */
export async function makeViewers(count: number, prefix = "user"): Promise<Viewer[]> {
  const viewers = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `${prefix} ${i}`,
    role: "user" as const,
  }));
  await db.insert(users).values(
    viewers.map((v, i) => ({
      id: v.id,
      name: v.name,
      username: `${prefix}-${i}-${v.id.slice(0, 8)}`,
    })),
  );
  return viewers;
}
