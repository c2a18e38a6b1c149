import { promises as fs } from "node:fs";
import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { openedFile } from "./file-identity";

/**
 * A batch of writes reaches the disk before anyone is answered, as with `synchronous = FULL`,
 * but the wait happens in libuv's thread pool instead of on the event loop: SQLite's fsync
 * inside COMMIT blocked every request of the process (1–47 ms a commit on this shared disk).
 * For a batch, its connection runs `synchronous = NORMAL` (in WAL mode: no sync at COMMIT, the
 * log synced before each checkpoint), then `syncLog` runs fdatasync on the log itself — the
 * commit's frames are in it, and a sync of a file flushes what any descriptor wrote to it.
 * Decision 0034.
 */

const walFiles = new WeakMap<object, string | null>();

/** The log to sync for this database: a local file in WAL mode, or null (COMMIT syncs). */
async function logFile(db: Database): Promise<string | null> {
  let wal = walFiles.get(db);
  if (wal === undefined) {
    const file = openedFile(db);
    const [mode] = file ? await db.all<{ journal_mode: string }>(sql`pragma journal_mode`) : [];
    wal = file && mode?.journal_mode === "wal" ? `${file}-wal` : null;
    walFiles.set(db, wal);
  }
  return wal;
}

/**
 * Runs one batch's transaction with the log's sync left out of its COMMIT. Only the write queue
 * opens transactions and the driver's pool hands out its most recently returned connection, so
 * the pragmas before and after reach the connection the transaction runs on; every other use of
 * that connection (reads, the one-off statements of scripts) sees `synchronous = FULL` again.
 */
export async function withoutCommitSync<T>(db: Database, run: () => Promise<T>): Promise<T> {
  if (!(await logFile(db))) return run();
  await db.run(sql`pragma synchronous = normal`);
  try {
    return await run();
  } finally {
    // Never reported as the batch's failure: the batch may have committed. A connection left at
    // NORMAL is safe for this queue's writes, which sync the log themselves.
    await db.run(sql`pragma synchronous = full`).catch(() => undefined);
  }
}

/** Resolves once the database's log is on disk (nothing to do where COMMIT synced it). */
export async function syncLog(db: Database): Promise<void> {
  const wal = await logFile(db);
  if (!wal) return;
  // No log: the last connection checkpointed it into the database file (synced) and removed it.
  const handle = await fs.open(wal, "r").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (!handle) return;
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
