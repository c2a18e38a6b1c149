import type { Database } from "./client";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Runs `work` in one write transaction (BEGIN IMMEDIATE), rolled back on any error.
 *
 * The embedded libSQL driver is synchronous: a write that meets another connection's lock
 * busy-waits on the event loop. Inside one process that would freeze the very transaction
 * it waits for, so writes of this process take turns here; other processes are kept apart
 * by SQLite's lock and the busy timeout. See docs/decisions/0003-one-writer-per-process.md.
 */
export function writeTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const queue = globalThis as unknown as { agoraWriteQueue?: Promise<unknown> };
  const previous = queue.agoraWriteQueue ?? Promise.resolve();
  const result = previous.then(() => db.transaction(work, { behavior: "immediate" }));
  queue.agoraWriteQueue = result.catch(() => undefined);
  return result;
}

export type { Transaction };
