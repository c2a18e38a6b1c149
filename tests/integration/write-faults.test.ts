// Faults injected into a real database file under the group commit (db/write.ts): each failing
// write is rejected with its own cause, mapped to a 503 where the database cannot store
// anything, the others of its batch are stored, and a batch pays at most one extra round.
import { copyFileSync, renameSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/client";
import { databaseConfig, databaseFile } from "@/db/config";
import * as schema from "@/db/schema";
import { users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { storageFault } from "@/lib/errors";
import { TMP_DIR } from "../support/paths";

const { client, db } = openDatabase(databaseConfig());
afterAll(() => client.close());

/** 64 writes at once (one batch), every fourth refused by `fail`; counts every run of work. */
async function batchWithFailures(
  target: Database,
  prefix: string,
  fail: (tx: Parameters<Parameters<typeof writeTransaction>[1]>[0], id: string) => Promise<unknown>,
) {
  let runs = 0;
  const ids = Array.from({ length: 64 }, (_, i) => `${prefix}-${i}`);
  const outcomes = await Promise.allSettled(
    ids.map((id, i) =>
      writeTransaction(target, async (tx) => {
        runs++;
        if (i % 4 === 1) return fail(tx, id);
        await tx.insert(users).values({ id, name: id, username: id });
        return id;
      }),
    ),
  );
  return { ids, outcomes, runs };
}

async function storedIds(prefix: string) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.id} like ${prefix + "-%"}`);
  return rows.map((r) => r.id).sort();
}

function expectIsolated(
  { ids, outcomes, runs }: Awaited<ReturnType<typeof batchWithFailures>>,
  cause: RegExp,
) {
  ids.forEach((id, i) => {
    const outcome = outcomes[i]!;
    if (i % 4 === 1) {
      expect(outcome.status, id).toBe("rejected");
      const reason = String(
        (outcome as PromiseRejectedResult).reason?.cause ??
          (outcome as PromiseRejectedResult).reason,
      );
      expect(reason).toMatch(cause);
      expect(reason).not.toMatch(/TRANSACTION_CLOSED|transaction is closed/);
    } else {
      expect(outcome).toEqual({ status: "fulfilled", value: id });
    }
  });
  // One shared attempt, then each write alone once: never a round per failing write.
  expect(runs).toBeLessThanOrEqual(2 * ids.length);
}

describe("group commit under faults", () => {
  it("isolates writes that a trigger refuses with RAISE(ROLLBACK)", async () => {
    await db.run(sql`create trigger refuse_raised before insert on users
      when new.username like 'raised-%' begin select raise(rollback, 'refused by trigger'); end`);
    const result = await batchWithFailures(db, "trig", (tx, id) =>
      tx.insert(users).values({ id, name: id, username: `raised-${id}` }),
    );
    expectIsolated(result, /refused by trigger/);
    expect(await storedIds("trig")).toEqual(result.ids.filter((_, i) => i % 4 !== 1).sort());
  });

  it("isolates writes that hit a UNIQUE conflict with OR ROLLBACK", async () => {
    await db.insert(users).values({ id: "taken", name: "taken", username: "taken" });
    const result = await batchWithFailures(db, "uniq", (tx, id) =>
      tx.run(sql`insert or rollback into users (id, name, username) values (${id}, 'x', 'taken')`),
    );
    expectIsolated(result, /UNIQUE/);
    expect(await storedIds("uniq")).toHaveLength(48);
  });

  it("answers a full disk with a 503 and the cause, and stores nothing half-way", async () => {
    // One connection, so the page limit set here holds for the writes below.
    const small = createClient({ url: databaseConfig().url, concurrency: 1 });
    const full = drizzle(small, { schema });
    try {
      const pages = Number((await small.execute("pragma page_count")).rows[0]![0]);
      await small.execute(`pragma max_page_count = ${pages}`);
      const error = await writeTransaction(full, async (tx) => {
        for (let i = 0; i < 50; i++)
          await tx
            .insert(users)
            .values({ id: `full-${i}`, name: "x".repeat(4000), username: `full-${i}` });
      }).catch((e: unknown) => e);
      expect(String((error as Error).cause ?? error)).toMatch(/full/i);
      expect(storageFault(error)).toMatchObject({ status: 503, retryAfterSeconds: 30 });
      expect(await storedIds("full")).toEqual([]);
    } finally {
      small.close();
    }
  });

  it("answers a read-only database with a 503", async () => {
    const ro = createClient({ url: databaseConfig().url, concurrency: 1 });
    try {
      await ro.execute("pragma query_only = 1");
      const error = await writeTransaction(drizzle(ro, { schema }), (tx) =>
        tx.insert(users).values({ id: "ro", name: "ro", username: "ro" }),
      ).catch((e: unknown) => e);
      expect(storageFault(error)?.status).toBe(503);
    } finally {
      ro.close();
    }
  });

  it("refuses writes once the file is deleted or replaced, instead of acknowledging them", async () => {
    const file = resolve(TMP_DIR, `replaced-${randomUUID()}.db`);
    copyFileSync(databaseFile(databaseConfig().url)!, file);
    const opened = openDatabase({ url: `file:${file}` });
    try {
      const write = (id: string) =>
        writeTransaction(opened.db, (tx) =>
          tx.insert(users).values({ id, name: id, username: id }),
        );
      await write("before");
      copyFileSync(file, `${file}.other`);
      renameSync(`${file}.other`, file);
      const replaced = await write("after-replace").catch((e: unknown) => e);
      expect(storageFault(replaced)).toMatchObject({ status: 503, retryAfterSeconds: 30 });
      rmSync(file);
      const deleted = await write("after-delete").catch((e: unknown) => e);
      expect(storageFault(deleted)?.message).toMatch(/moved or deleted/);
    } finally {
      opened.client.close();
    }
  });
});
