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
  const integrity = await db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
  results.push({
    name: "integrity_check",
    ok: integrity[0]?.integrity_check === "ok",
    detail: integrity.map((r) => r.integrity_check).join("; "),
  });

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
  return results;
}
