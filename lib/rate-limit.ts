import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { AppError } from "./errors";

export { clientAddress } from "./edge/client-address";

// Both kinds of limit live in the `rate_limits` table, so every app process sees the same
// counts: fixed windows (sign-ups) and throttles (sign-ins, and any other guessable secret).

export type Limit = { key: string; max: number; windowMs: number };

const tooMany = (seconds: number) =>
  new AppError(
    429,
    "Too many attempts. Please wait and try again.",
    undefined,
    Math.max(1, seconds),
  );

/** Fixed window: refuses with 429 and Retry-After once `max` events were recorded. */
export async function checkLimit(limit: Limit, now = Date.now()): Promise<void> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, limit.key));
  if (!row || now - row.windowStart >= limit.windowMs || row.count < limit.max) return;
  throw tooMany(Math.ceil((row.windowStart + limit.windowMs - now) / 1000));
}

/** Fixed window: counts one event. */
export async function recordHit(limit: Limit, now = Date.now()): Promise<void> {
  await writeTransaction(db, (tx) => countHit(tx, limit, now));
}

/** One upsert: a new window starts at 1, otherwise the count goes up by one. */
function countHit(tx: Transaction, limit: Limit, now: number) {
  return tx
    .insert(rateLimits)
    .values({ key: limit.key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${now} - ${rateLimits.windowStart} >= ${limit.windowMs} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${now} - ${rateLimits.windowStart} >= ${limit.windowMs} then ${now} else ${rateLimits.windowStart} end`,
      },
    });
}

/**
 * Fixed window counted inside the caller's write transaction: counts one event and refuses with
 * 429 (rolling the write back, the refused event with it) once it is past `max`. One upsert, so
 * a burst from parallel requests is counted one by one.
 */
export async function spendLimit(tx: Transaction, limit: Limit, now = Date.now()): Promise<void> {
  const [row] = await countHit(tx, limit, now).returning({
    count: rateLimits.count,
    windowStart: rateLimits.windowStart,
  });
  if (row && row.count > limit.max)
    throw new AppError(
      429,
      "You are replying faster than this room allows. Please wait a moment.",
      undefined,
      Math.max(1, Math.ceil((row.windowStart + limit.windowMs - now) / 1000)),
    );
}

/** Replies per account: a conversation's pace, not a flood (both windows must allow it). */
export const replyLimits = (userId: string): Limit[] => [
  { key: `replies:minute:${userId}`, max: 5, windowMs: 60_000 },
  { key: `replies:hour:${userId}`, max: 40, windowMs: 60 * 60_000 },
];

export async function clearLimit(key: string): Promise<void> {
  await writeTransaction(db, (tx) => tx.delete(rateLimits).where(eq(rateLimits.key, key)));
}

/** Sign-ups (successful or not) per network address: a class behind one address fits. */
export const SIGN_UPS_PER_HOUR = 200;

/** Wrong current passwords given to the password-change form, per account. */
export const passwordChangeLimit = (userId: string): Limit => ({
  key: `password-change:user:${userId}`,
  max: 5,
  windowMs: 15 * 60_000,
});

export const signUpLimit = (ip: string): Limit => ({
  key: `signup:ip:${ip}`,
  max: SIGN_UPS_PER_HOUR,
  windowMs: 60 * 60_000,
});

/**
 * A throttle rule: `free` failures go unhindered; after that each attempt must wait
 * `baseMs · 2^(failures − free)` (at most `maxMs`) after the previous failure. A key with no
 * failure for `forgetMs` starts over.
 */
type Rule = { free: number; baseMs: number; maxMs: number; forgetMs: number };

const MINUTE = 60_000;
const RULES = {
  /** Password sign-in. Per account+address: strict. Per address: a school shares one. */
  "sign-in": {
    account: { free: 5, baseMs: 1000, maxMs: 15 * MINUTE, forgetMs: 24 * 60 * MINUTE },
    address: { free: 100, baseMs: 1000, maxMs: 15 * MINUTE, forgetMs: 15 * MINUTE },
  },
  /** "Forgot your password?" with a recovery code: guessed like a password. */
  recovery: {
    account: { free: 5, baseMs: 1000, maxMs: 15 * MINUTE, forgetMs: 24 * 60 * MINUTE },
    address: { free: 100, baseMs: 1000, maxMs: 15 * MINUTE, forgetMs: 15 * MINUTE },
  },
} satisfies Record<string, { account: Rule; address: Rule }>;

export type ThrottleKind = keyof typeof RULES;

export const waitAfter = (rule: Rule, failures: number) =>
  failures < rule.free ? 0 : Math.min(rule.maxMs, rule.baseMs * 2 ** (failures - rule.free));

/**
 * Throttles guesses of a secret (a password, a recovery code) per account+address and per
 * address, with growing delays, so that no one can lock a person out of their account from
 * elsewhere: a failure from one address never delays the account from another.
 *
 *     const guard = throttle("sign-in", username, clientAddress(headers));
 *     await guard.attempt();            // 429 + Retry-After while a delay runs
 *     if (secretMatches) await guard.succeeded();
 *
 * `attempt` counts the attempt as a failure before the secret is checked, in one write
 * transaction, so a burst of parallel guesses is counted one by one (a check-then-record
 * pair would let them all through); `succeeded` takes it back and clears the account's delay
 * at this address. `retryAfter` reads the current delay (seconds, 0 if none) without counting.
 * Add a kind to RULES to throttle another secret.
 */
export function throttle(kind: ThrottleKind, account: string, address: string) {
  const keys = [
    { key: `${kind}:account:${account}|${address}`, rule: RULES[kind].account },
    { key: `${kind}:address:${address}`, rule: RULES[kind].address },
  ];
  const remaining = (
    row: { windowStart: number; count: number } | undefined,
    rule: Rule,
    now: number,
  ) => {
    if (!row || now - row.windowStart >= rule.forgetMs) return 0;
    return Math.max(0, row.windowStart + waitAfter(rule, row.count) - now);
  };
  return {
    async attempt(now = Date.now()): Promise<void> {
      const waitMs = await writeTransaction(db, async (tx) => {
        let longest = 0;
        for (const { key, rule } of keys) {
          const [row] = await tx.select().from(rateLimits).where(eq(rateLimits.key, key));
          longest = Math.max(longest, remaining(row, rule, now));
        }
        if (longest > 0) return longest;
        for (const { key, rule } of keys) {
          await tx
            .insert(rateLimits)
            .values({ key, windowStart: now, count: 1 })
            .onConflictDoUpdate({
              target: rateLimits.key,
              set: {
                count: sql`case when ${now} - ${rateLimits.windowStart} >= ${rule.forgetMs} then 1 else ${rateLimits.count} + 1 end`,
                windowStart: now,
              },
            });
        }
        return 0;
      });
      if (waitMs > 0) throw tooMany(Math.ceil(waitMs / 1000));
    },
    async succeeded(): Promise<void> {
      await writeTransaction(db, async (tx) => {
        await tx.delete(rateLimits).where(eq(rateLimits.key, keys[0]!.key));
        await tx
          .update(rateLimits)
          .set({ count: sql`max(${rateLimits.count} - 1, 0)` })
          .where(eq(rateLimits.key, keys[1]!.key));
      });
    },
    async retryAfter(now = Date.now()): Promise<number> {
      let longest = 0;
      for (const { key, rule } of keys) {
        const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
        longest = Math.max(longest, remaining(row, rule, now));
      }
      return Math.ceil(longest / 1000);
    },
  };
}
