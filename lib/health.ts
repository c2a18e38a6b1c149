import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { healthProbe } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { storageFault, storageFaultOf, type StorageFault } from "./errors";

export type Health =
  | { ok: true; database: "ok" }
  | { ok: false; database: StorageFault | "unreachable"; reason: string };

/** A load balancer may ask many times a second; the database is written at most once a second. */
const PROBE_INTERVAL_MS = 1000;
const globalForHealth = globalThis as unknown as {
  agoraHealth?: { at: number; result: Promise<Health> };
};

/**
 * Whether this process can serve: a real write (one row, in its own turn of the group commit)
 * and a read. A database that can be read but not written — disk full, read-only, the file
 * deleted under the server — is not healthy: every write would fail.
 */
export function checkHealth(now = Date.now()): Promise<Health> {
  const last = globalForHealth.agoraHealth;
  if (last && now - last.at < PROBE_INTERVAL_MS) return last.result;
  const result = probe(now);
  globalForHealth.agoraHealth = { at: now, result };
  return result;
}

async function probe(now: number): Promise<Health> {
  try {
    await writeTransaction(db, (tx) =>
      tx
        .insert(healthProbe)
        .values({ id: 1, checkedAt: now })
        .onConflictDoUpdate({ target: healthProbe.id, set: { checkedAt: now } }),
    );
    await db.run(sql`select count(*) from health_probe`);
    return { ok: true, database: "ok" };
  } catch (error) {
    console.error("health check: the database cannot be written", error);
    return {
      ok: false,
      database: storageFaultOf(error)?.fault ?? "unreachable",
      reason: storageFault(error)?.message ?? "The database does not answer.",
    };
  }
}
