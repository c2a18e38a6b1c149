import "server-only";
import { checkLimit, clientAddress, recordHit, type Limit } from "../rate-limit";

const FIFTEEN_MINUTES = 15 * 60_000;

/** Recovery attempts, counted like failed sign-ins: strict per account, generous per address. */
const recoveryLimits = (username: string, address: string): Limit[] => [
  { key: `recover:user:${username}`, max: 5, windowMs: FIFTEEN_MINUTES },
  { key: `recover:ip:${address}`, max: 100, windowMs: FIFTEEN_MINUTES },
];

/**
 * The one place recovery attempts are throttled (429 with Retry-After once over the limit).
 * Every attempt counts before it runs, so parallel guesses cannot slip past the count; a code
 * has ~50 bits, so the limit mostly keeps argon2 work per account and address bounded.
 */
export async function withRecoveryLimit<T>(
  username: string,
  headers: Headers,
  attempt: () => Promise<T>,
): Promise<T> {
  const limits = recoveryLimits(username, clientAddress(headers));
  for (const limit of limits) await checkLimit(limit);
  for (const limit of limits) await recordHit(limit);
  return attempt();
}
