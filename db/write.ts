import type { Database } from "./client";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Job = {
  db: Database;
  work: (tx: Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/** Writes waiting in this process, and whether a batch is being written. */
type Queue = { jobs: Job[]; running: boolean };

/** At most this many writes share one commit, so one batch never holds the lock for long. */
const MAX_BATCH = 64;

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
 * rejected alone (see writeBatch). Same durability, one fsync per batch instead of one per
 * write (docs/decisions/0011-group-commit.md).
 */
export function writeTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const holder = globalThis as unknown as { agoraWriteQueue?: Queue };
  const queue = (holder.agoraWriteQueue ??= { jobs: [], running: false });
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

async function drain(queue: Queue): Promise<void> {
  try {
    while (queue.jobs.length > 0) {
      // One batch writes to one database: take the leading jobs that share it.
      const db = queue.jobs[0]!.db;
      let size = 1;
      while (size < queue.jobs.length && size < MAX_BATCH && queue.jobs[size]!.db === db) size++;
      const retry = await writeBatch(db, queue.jobs.splice(0, size));
      queue.jobs.unshift(...retry);
    }
  } finally {
    queue.running = false;
  }
}

/** Marks the job whose work threw, so the batch can be rolled back and the others retried. */
class JobFailed {
  constructor(
    readonly job: Job,
    readonly error: unknown,
  ) {}
}

/**
 * Writes a batch in one transaction and answers each job after the COMMIT. If one job's work
 * throws, the whole transaction is rolled back (SQLite may already have undone it, so nothing
 * of it can be trusted), that job is rejected with its error, and the others are returned to be
 * run again in the next batch: none of them was answered, so running their work again is safe.
 */
async function writeBatch(db: Database, batch: Job[]): Promise<Job[]> {
  const values: unknown[] = [];
  try {
    await db.transaction(
      async (tx) => {
        for (const job of batch) {
          try {
            values.push(await job.work(tx));
          } catch (error) {
            throw new JobFailed(job, error);
          }
        }
      },
      { behavior: "immediate" },
    );
  } catch (failure) {
    if (!(failure instanceof JobFailed)) {
      // BEGIN or COMMIT failed: nothing of this batch is stored.
      for (const job of batch) job.reject(failure);
      return [];
    }
    failure.job.reject(failure.error);
    return batch.filter((job) => job !== failure.job);
  }
  batch.forEach((job, i) => job.resolve(values[i]));
  return [];
}

export type { Transaction };
