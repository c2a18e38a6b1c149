import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { AppError } from "./errors";

export type Limit = { key: string; max: number; windowMs: number };

/**
 * Fixed-window counters in the database, so every app process sees the same count.
 * `check` refuses with 429 and Retry-After once `max` is reached; `record` counts one event.
 */
export async function checkLimit(limit: Limit, now = Date.now()): Promise<void> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, limit.key));
  if (!row || now - row.windowStart >= limit.windowMs || row.count < limit.max) return;
  const retryAfter = Math.ceil((row.windowStart + limit.windowMs - now) / 1000);
  throw new AppError(
    429,
    "Too many attempts. Please wait and try again.",
    undefined,
    Math.max(1, retryAfter),
  );
}

export async function recordHit(limit: Limit, now = Date.now()): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx
      .insert(rateLimits)
      .values({ key: limit.key, windowStart: now, count: 1 })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`case when ${now} - ${rateLimits.windowStart} >= ${limit.windowMs} then 1 else ${rateLimits.count} + 1 end`,
          windowStart: sql`case when ${now} - ${rateLimits.windowStart} >= ${limit.windowMs} then ${now} else ${rateLimits.windowStart} end`,
        },
      }),
  );
}

export async function clearLimit(key: string): Promise<void> {
  await writeTransaction(db, (tx) => tx.delete(rateLimits).where(eq(rateLimits.key, key)));
}

const FIFTEEN_MINUTES = 15 * 60_000;

/** Failed sign-ins: per account and per network address. */
export const signInLimits = (username: string, ip: string): Limit[] => [
  { key: `signin:user:${username}`, max: 5, windowMs: FIFTEEN_MINUTES },
  // A whole school can share one address: generous per address, strict per account.
  { key: `signin:ip:${ip}`, max: 100, windowMs: FIFTEEN_MINUTES },
];

/** Wrong current passwords given to the password-change form, per account. */
export const passwordChangeLimit = (userId: string): Limit => ({
  key: `password-change:user:${userId}`,
  max: 5,
  windowMs: FIFTEEN_MINUTES,
});

/** Sign-ups (successful or not) per network address. */
export const signUpLimit = (ip: string): Limit => ({
  key: `signup:ip:${ip}`,
  // A class signing up together shares one school address (docs/api.md has said 200).
  max: 200,
  windowMs: 60 * 60_000,
});

/** The client's address as the proxy in front (or `next start` itself) reports it. */
export function clientAddress(headers: Headers): string {
  return (
    headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown"
  );
}
