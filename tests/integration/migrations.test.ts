import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { databaseFile } from "@/db/config";
import { migrate } from "@/db/migrate";
import { freshDatabaseUrl } from "../support/fresh-database";

const DOMAIN_TABLES = [
  "users",
  "accounts",
  "rate_limits",
  "debates",
  "paragraphs",
  "claims",
  "claim_successors",
  "paragraph_contexts",
  "fact_checks",
  "claim_fact_checks",
  "rooms",
  "evidence",
  "evidence_revisions",
  "claim_votes",
  "evidence_votes",
  "tallies",
  "rater_balances",
  "thesis_history",
  "classes",
  "enrolments",
  "assignments",
  "assignment_sides",
  "feedback",
  "reports",
  "moderation_log",
];

describe("migrations", () => {
  it("apply to an empty file in a folder that does not exist yet, and again as a no-op", async () => {
    const url = freshDatabaseUrl();
    expect(existsSync(databaseFile(url)!)).toBe(false);
    await migrate({ url });
    await migrate({ url });
    const { client, db } = openDatabase({ url });
    try {
      const tables = await db.all<{ name: string }>(
        sql`select name from sqlite_master where type = 'table' order by name`,
      );
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(DOMAIN_TABLES));
      const applied = await db.all(sql`select * from __drizzle_migrations`);
      expect(applied.length).toBeGreaterThan(0);
      expect((await db.get<{ journal_mode: string }>(sql`pragma journal_mode`))?.journal_mode).toBe(
        "wal",
      );
    } finally {
      client.close();
    }
  });
});
