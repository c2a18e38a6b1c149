import { spawn } from "node:child_process";
import { promises } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { databaseConfig } from "@/db/config";
import { users } from "@/db/schema";
import { writeTransaction } from "@/db/write";

const { client, db } = openDatabase(databaseConfig());
afterAll(() => client.close());

type Pragmas = {
  journal_mode: string;
  foreign_keys: number;
  busy_timeout: number;
  synchronous: number;
};
const PRAGMAS = sql`select m.journal_mode, f.foreign_keys, b.timeout as busy_timeout, s.synchronous
  from pragma_journal_mode m, pragma_foreign_keys f, pragma_busy_timeout b, pragma_synchronous s`;

const expected = { journal_mode: "wal", foreign_keys: 1, busy_timeout: 15_000, synchronous: 2 };

describe("the connection that writes", () => {
  it("has WAL, foreign keys, a busy timeout and synchronous FULL", async () => {
    expect(await db.get<Pragmas>(PRAGMAS)).toEqual(expected);
  });

  it("keeps every setting inside a transaction, after it, and on a concurrent connection", async () => {
    await db.transaction(async (tx) => {
      expect(await tx.get<Pragmas>(PRAGMAS)).toEqual(expected);
      // While the transaction holds its connection, the client opens another one.
      expect(await db.get<Pragmas>(PRAGMAS)).toEqual(expected);
    });
    expect(await db.get<Pragmas>(PRAGMAS)).toEqual(expected);
  });

  it("enforces foreign keys on a transaction's writes and rolls the whole write back", async () => {
    const before = await db.$count(users);
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(users).values({ id: "fk-user", name: "FK", username: "fk-user" });
        await tx.run(sql`insert into claims (id, debate_id, kind, text_zh, text_en, position)
          values ('orphan', 'no-such-debate', 'factual', 'x', 'x', 1)`);
      }),
    ).rejects.toSatisfy((e: Error) => /FOREIGN KEY/.test(String(e.cause ?? e)));
    expect(await db.$count(users)).toBe(before);
  });

  it("makes a writer in another process wait for the lock instead of failing with SQLITE_BUSY", async () => {
    const holder = await client.transaction("write");
    await holder.execute("insert into users (id, name, username) values ('w1', 'W1', 'w1')");
    const child = spawn(process.execPath, [
      "--input-type=module",
      "-e",
      `import { createClient } from "@libsql/client";
       const c = createClient({ url: process.env.DATABASE_URL, timeout: 15000 });
       await c.execute("insert into users (id, name, username) values ('w2', 'W2', 'w2')");`,
    ]);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await holder.commit();
    expect(await exited).toBe(0);
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.id} in ('w1','w2')`);
    expect(rows.map((r) => r.id).sort()).toEqual(["w1", "w2"]);
  });

  it("lets concurrent writes of one process take turns instead of deadlocking", async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `turn-${i}`);
    await Promise.all(
      ids.map((id) =>
        writeTransaction(db, async (tx) => {
          await tx.insert(users).values({ id, name: id, username: id });
          await new Promise((resolve) => setTimeout(resolve, 5));
        }),
      ),
    );
    expect(await db.$count(users, sql`${users.id} like 'turn-%'`)).toBe(20);
  });

  it("rolls back a failed write and lets the next one through", async () => {
    await expect(
      writeTransaction(db, async (tx) => {
        await tx.insert(users).values({ id: "rolled-back", name: "x", username: "rolled-back" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await writeTransaction(db, (tx) =>
      tx.insert(users).values({ id: "after", name: "y", username: "after" }),
    );
    expect(await db.$count(users, sql`${users.id} = 'rolled-back'`)).toBe(0);
    expect(await db.$count(users, sql`${users.id} = 'after'`)).toBe(1);
  });

  it("answers each of many writes queued at once with its own result, once stored", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `batch-${i}`);
    const results = await Promise.all(
      ids.map((id) =>
        writeTransaction(db, async (tx) => {
          await tx.insert(users).values({ id, name: id, username: id });
          return id;
        }),
      ),
    );
    expect(results).toEqual(ids);
    // Read through a separate connection: what was answered is committed.
    const other = openDatabase(databaseConfig());
    expect(await other.db.$count(users, sql`${users.id} like 'batch-%'`)).toBe(30);
    other.client.close();
  });

  it("answers a batch once its log is synced off the event loop, and keeps FULL for the rest", async () => {
    const walOpens = () => open.mock.calls.filter(([path]) => String(path).endsWith("-wal")).length;
    const open = vi.spyOn(promises, "open");
    let inside: number | undefined;
    let syncsWhenAnswered = -1;
    try {
      await writeTransaction(db, async (tx) => {
        inside = (await tx.get<{ synchronous: number }>(
          sql`select synchronous from pragma_synchronous`,
        ))!.synchronous;
        await tx.insert(users).values({ id: "synced", name: "Synced", username: "synced" });
      }).then(() => (syncsWhenAnswered = walOpens()));
    } finally {
      open.mockRestore();
    }
    // NORMAL: SQLite's COMMIT did not wait for the disk on the event loop …
    expect(inside).toBe(1);
    // … the write queue synced the log itself (db/durable.ts) before answering …
    expect(syncsWhenAnswered).toBe(1);
    // … and every other use of the connection is back to FULL.
    expect(await db.get<Pragmas>(PRAGMAS)).toEqual(expected);
  });

  it("writes the next batch while a batch's log is syncing, and answers each after a sync begun after its commit", async () => {
    const realOpen = promises.open.bind(promises);
    const open = vi.spyOn(promises, "open");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first sync of the log waits until released: a disk that is slow to answer.
    open.mockImplementationOnce(async (...args) => {
      await held;
      return realOpen(...args);
    });
    const answered: string[] = [];
    const write = (id: string) =>
      writeTransaction(db, (tx) => tx.insert(users).values({ id, name: id, username: id })).then(
        () => answered.push(id),
      );
    const stored = async (id: string) =>
      (
        await db
          .select({ id: users.id })
          .from(users)
          .where(sql`${users.id} = ${id}`)
      ).length === 1;
    try {
      const first = write("piped-1");
      await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
      const second = write("piped-2");
      // The second batch committed while the first one's sync was still running …
      await vi.waitFor(async () => expect(await stored("piped-2")).toBe(true));
      // … and neither was answered before a sync that began after its commit had returned.
      expect(answered).toEqual([]);
      release();
      await Promise.all([first, second]);
      expect(answered).toEqual(["piped-1", "piped-2"]);
      expect(open.mock.calls.filter(([path]) => String(path).endsWith("-wal"))).toHaveLength(2);
    } finally {
      release();
      open.mockRestore();
    }
  });

  it("rejects only the write that failed in a shared batch; the others are stored", async () => {
    const outcomes = await Promise.allSettled(
      ["keep-1", "fail", "keep-2", "keep-3"].map((id) =>
        writeTransaction(db, async (tx) => {
          await tx.insert(users).values({ id: `group-${id}`, name: id, username: `group-${id}` });
          if (id === "fail") throw new Error("refused");
          return id;
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error("refused"));
    const stored = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.id} like 'group-%'`);
    expect(stored.map((r) => r.id).sort()).toEqual([
      "group-keep-1",
      "group-keep-2",
      "group-keep-3",
    ]);
  });
});
