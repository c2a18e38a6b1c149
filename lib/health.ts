import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

export async function checkHealth() {
  try {
    await db.run(sql`select 1`);
    return { ok: true as const, database: "ok" as const };
  } catch {
    return { ok: false as const, database: "unreachable" as const };
  }
}
