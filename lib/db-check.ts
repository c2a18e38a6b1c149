import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rooms } from "@/db/schema";
import { compareRoom } from "./tally/recompute";

export type CheckResult = { name: string; ok: boolean; detail: string };

/**
 * Everything `npm run db:check` verifies: SQLite's own integrity and foreign keys, one vote per
 * user, target and room, retired claims linked to successors, and every stored tally equal to a
 * recomputation from the raw rows.
 */
export async function checkDatabase(db: Database): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  try {
    const integrity = await db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    results.push({
      name: "integrity_check",
      ok: integrity[0]?.integrity_check === "ok",
      detail: integrity
        .slice(0, 20)
        .map((r) => r.integrity_check)
        .join("; "),
    });
  } catch (error) {
    results.push({ name: "integrity_check", ok: false, detail: unreadable(error) });
  }
  // The checks below read every table: on a damaged file they say nothing more, or fail midway.
  if (!results[0]!.ok) return results;
  try {
    await checkRows(db, results);
  } catch (error) {
    results.push({ name: "every table can be read", ok: false, detail: unreadable(error) });
  }
  return results;
}

/** What SQLite said, without a stack: the finding an operator reads. */
export function unreadable(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `${message} — the file is damaged or not an Agora database; restore a backup (docs/operations.md)`;
}

async function checkRows(db: Database, results: CheckResult[]): Promise<void> {
  const foreignKeys = await db.all<{ table: string; rowid: number; parent: string }>(
    sql`pragma foreign_key_check`,
  );
  results.push({
    name: "foreign_key_check",
    ok: foreignKeys.length === 0,
    detail:
      foreignKeys.length === 0
        ? "ok"
        : foreignKeys
            .slice(0, 10)
            .map((f) => `${f.table} row ${f.rowid} → ${f.parent}`)
            .join("; "),
  });

  const duplicateVotes = await db.all<{ n: number }>(sql`
    select count(*) as n from (
      select 1 from claim_votes group by room_id, claim_id, user_id having count(*) > 1
      union all
      select 1 from evidence_votes group by room_id, evidence_id, user_id having count(*) > 1
    )`);
  const n = duplicateVotes[0]?.n ?? 0;
  results.push({
    name: "one vote per user, target and room",
    ok: n === 0,
    detail: n === 0 ? "ok" : `${n} duplicated votes`,
  });

  const misplaced = await db.all<{ n: number }>(sql`
    select count(*) as n from evidence_votes v join evidence e on e.id = v.evidence_id where e.room_id <> v.room_id`);
  results.push({
    name: "ratings in their evidence's room",
    ok: (misplaced[0]?.n ?? 0) === 0,
    detail: `${misplaced[0]?.n ?? 0} misplaced`,
  });

  // A claim retired by a revision of the map must lead somewhere, and count nowhere.
  const strandedRetired = await db.all<{ n: number }>(sql`
    select count(*) as n from claims c where c.retired_at is not null and (
      not exists (select 1 from claim_successors s where s.claim_id = c.id)
      or exists (select 1 from tallies t where t.claim_id = c.id))`);
  const stranded = strandedRetired[0]?.n ?? 0;
  results.push({
    name: "retired claims lead to their successors and are out of the tally",
    ok: stranded === 0,
    detail: stranded === 0 ? "ok" : `${stranded} retired claims without successors or with a tally`,
  });

  const allRooms = await db.select({ id: rooms.id }).from(rooms);
  const mismatches: string[] = [];
  for (const room of allRooms) {
    for (const m of await compareRoom(db, room.id)) {
      mismatches.push(
        `${room.id}/${m.claimId}: stored ${m.stored.score} (${JSON.stringify(m.stored)}) ≠ recomputed ${m.recomputed.score}`,
      );
    }
  }
  results.push({
    name: `stored tallies equal a full recomputation (${allRooms.length} rooms)`,
    ok: mismatches.length === 0,
    detail: mismatches.length === 0 ? "ok" : mismatches.slice(0, 20).join("\n  "),
  });
}
