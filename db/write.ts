import type { Database } from "./client";
import { syncLog, withoutCommitSync } from "./durable";
import { assertSameFile } from "./file-identity";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Job = {
  db: Database;
  work: (tx: Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/** A write that committed, with what its work returned: answered once its log is synced. */
type Committed = { job: Job; value: unknown };

/**
 * The write queue of this process: writes waiting, whether a batch is being written, writes
 * committed and waiting for a sync of their log (per database) and whether one runs, and how
 * many transactions failed once begun. Kept on `globalThis`: Next may load this module more
 * than once in a process, and there must be one queue.
 */
type Queue = {
  jobs: Job[];
  running: boolean;
  unsynced: Map<Database, Committed[]>;
  syncing: Set<Database>;
  rollbacks: number;
};

/** At most this many writes share one commit, so one batch never holds the lock for long. */
const MAX_BATCH = 64;

function theQueue(): Queue {
  const holder = globalThis as unknown as { agoraWriteQueue?: Queue };
  return (holder.agoraWriteQueue ??= {
    jobs: [],
    running: false,
    unsynced: new Map(),
    syncing: new Set(),
    rollbacks: 0,
  });
}

/**
 * How many write transactions of this process have failed once begun (rolled back, by SQLite or
 * by us). What a process keeps of the rows it wrote (lib/tally/kept.ts) is dropped when this
 * changes: a rolled-back write may have told it of rows the database no longer has.
 */
export const rolledBackWrites = (): number => theQueue().rollbacks;

/**
 * Runs `work` in a write transaction (BEGIN IMMEDIATE) and resolves once it is committed; any
 * error rolls back everything `work` did and rejects.
 *
 * The embedded libSQL driver is synchronous: a write that meets another connection's lock
 * busy-waits on the event loop. Inside one process that would freeze the very transaction it
 * waits for, so writes of this process take turns here; other processes are kept apart by
 * SQLite's lock and the busy timeout (docs/decisions/0003-one-writer-per-process.md).
 *
 * Writes that queue up while another is being written share the next commit (group commit):
 * each is answered only after the shared COMMIT has reached the disk, and one that fails is
 * rejected alone (see writeBatch). Before each batch the file at the configured path must still
 * be the one this process opened, or the batch is refused (db/file-identity.ts). Same durability, one fsync per batch instead of one per
 * write (docs/decisions/0011-group-commit.md).
 */
export function writeTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const queue = theQueue();
  return new Promise<T>((resolve, reject) => {
    queue.jobs.push({ db, work, resolve: resolve as (value: unknown) => void, reject });
    if (!queue.running) {
      // Start on the next turn of the event loop, so that writes of requests arriving in this
      // turn join the batch (the driver is synchronous: once started, a batch runs to its end).
      queue.running = true;
      setImmediate(() => void drain(queue));
    }
  });
}

/**
 * Resolves once no write of this process is waiting, being written or waiting for its log's sync
 * (for a clean shutdown).
 */
export async function writesSettled(): Promise<void> {
  const queue = theQueue();
  while (queue.running || queue.syncing.size > 0)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

async function drain(queue: Queue): Promise<void> {
  try {
    while (queue.jobs.length > 0) {
      // One batch writes to one database: take the leading jobs that share it.
      const db = queue.jobs[0]!.db;
      let size = 1;
      while (size < queue.jobs.length && size < MAX_BATCH && queue.jobs[size]!.db === db) size++;
      // The next batch is written while this one's log is synced (answerWhenSynced).
      answerWhenSynced(queue, db, await writeBatch(db, queue.jobs.splice(0, size)));
    }
  } finally {
    queue.running = false;
  }
}

/** What became of one attempt: the values of a commit, or the first error and whose it was. */
type Attempt =
  { ok: true; values: unknown[] } | { ok: false; error: unknown; failed?: Job; started: boolean };

/**
 * Runs `jobs` one after another in one transaction. The error reported is the first one that
 * happened: when SQLite has rolled the transaction back by itself (disk full, I/O error, a
 * conflict clause), drizzle's ROLLBACK then fails with TRANSACTION_CLOSED, which says nothing
 * of the cause and must not replace it.
 */
async function attempt(db: Database, jobs: Job[]): Promise<Attempt> {
  const values: unknown[] = [];
  let failure: { error: unknown; job?: Job } | undefined;
  let started = false;
  try {
    await withoutCommitSync(db, () =>
      db.transaction(
        async (tx) => {
          started = true;
          for (const job of jobs) {
            try {
              values.push(await job.work(tx));
            } catch (error) {
              failure = { error, job };
              throw error;
            }
          }
        },
        { behavior: "immediate" },
      ),
    );
    return { ok: true, values };
  } catch (error) {
    if (started) theQueue().rollbacks++;
    return { ok: false, error: failure?.error ?? error, failed: failure?.job, started };
  }
}

/**
 * Writes a batch in one transaction and returns the jobs that committed, to be answered once
 * their log is on disk (answerWhenSynced).
 *
 * If anything fails, nothing of the transaction can be trusted (SQLite may already have undone
 * it), and no job of the batch has been answered, so running their work again is safe. The job
 * whose work threw is rejected with its own error; every other job is then run once more, each
 * in its own transaction, and answered by that. So a batch with failing writes costs one extra
 * round however many fail (re-batching the survivors would cost a round per failing write).
 * If BEGIN itself failed (the lock was not had within the busy timeout, the file is gone),
 * nothing ran: every job is rejected with that error rather than waiting again one by one.
 */
async function writeBatch(db: Database, batch: Job[]): Promise<Committed[]> {
  let result: Attempt;
  try {
    assertSameFile(db);
    result = await attempt(db, batch);
  } catch (error) {
    result = { ok: false, error, started: false };
  }
  if (result.ok) return batch.map((job, i) => ({ job, value: result.values[i] }));
  if (!result.started) {
    for (const job of batch) job.reject(result.error);
    return [];
  }
  result.failed?.reject(result.error);
  const committed: Committed[] = [];
  for (const job of batch) {
    if (job === result.failed) continue;
    const alone = await attempt(db, [job]);
    if (alone.ok) committed.push({ job, value: alone.values[0] });
    else job.reject(alone.error);
  }
  return committed;
}

/**
 * Answers writes that committed once the log that holds them is on disk (db/durable.ts), by a
 * sync started after their COMMIT. While one sync runs, the batches that commit meanwhile wait
 * for the next, which covers them all; the queue does not wait for either to write its next
 * batch (decision 0035). If a sync fails, none of the writes it covered is acknowledged, and none
 * is run again: they did commit.
 */
function answerWhenSynced(queue: Queue, db: Database, committed: Committed[]): void {
  if (committed.length === 0) return;
  const waiting = queue.unsynced.get(db);
  if (waiting) waiting.push(...committed);
  else queue.unsynced.set(db, committed);
  if (!queue.syncing.has(db)) void syncWaiting(queue, db);
}

async function syncWaiting(queue: Queue, db: Database): Promise<void> {
  queue.syncing.add(db);
  try {
    for (let group = take(queue, db); group.length > 0; group = take(queue, db)) {
      try {
        await syncLog(db);
      } catch (error) {
        for (const { job } of group) job.reject(error);
        continue;
      }
      for (const { job, value } of group) job.resolve(value);
    }
  } finally {
    queue.syncing.delete(db);
  }
}

/** The writes of `db` waiting for a sync, all of them committed before this call. */
function take(queue: Queue, db: Database): Committed[] {
  const group = queue.unsynced.get(db) ?? [];
  queue.unsynced.delete(db);
  return group;
}

export type { Transaction };
