import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (a const enum in the typings, unusable under isolatedModules).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Runs at most `limit` tasks at once; the others wait their turn, in order. */
export function lane(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit) active += 1;
      else await new Promise<void>((resume) => waiting.push(resume));
      try {
        return await task();
      } finally {
        // Hand the slot straight to the next task, so a newcomer cannot jump the queue.
        const next = waiting.shift();
        if (next) next();
        else active -= 1;
      }
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/*
 * Hashing runs on libuv's thread pool (4 threads by default), first come first served. A roster
 * of 200 accounts used to put 200 hashes in that queue at once, and every sign-in behind them
 * waited seconds. Bulk hashing now takes one thread at a time, and people waiting at a form
 * (sign-in, sign-up, a password change) get the rest: they never queue behind a roster.
 */
const bulk = lane(1);
const interactive = lane(3);

/** Hashes a password for someone waiting at a form. */
export const hashPassword = (password: string) => interactive.run(() => hash(password, OPTIONS));

/** Hashes a password made in bulk (a class roster): one at a time, behind nobody's sign-in. */
export const hashPasswordInBulk = (password: string) => bulk.run(() => hash(password, OPTIONS));

/** How many bulk hashes are queued, for tests and diagnostics. */
export const bulkHashesWaiting = () => bulk.waiting;

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await interactive.run(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/** Verified against when there is no such user, so a miss costs as long as a wrong password. */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$9Ty9WT23lt+oCdREr6xMjg$aZIBK3ssiz7IKMlNPXdkKYcbR+685ee73qTEQfefngY";
