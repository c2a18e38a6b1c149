import "server-only";
import { clientAddress, throttle } from "../rate-limit";

/**
 * The one place recovery attempts are throttled: like sign-ins, per account+address and per
 * address with growing delays (429 with Retry-After), so a stranger cannot lock a reader out
 * of their own recovery. Every attempt counts before it runs, so parallel guesses cannot slip
 * past the count; a success takes it back.
 */
export async function withRecoveryLimit<T>(
  username: string,
  headers: Headers,
  attempt: () => Promise<T>,
): Promise<T> {
  const guard = throttle("recovery", username, clientAddress(headers));
  await guard.attempt();
  const result = await attempt();
  await guard.succeeded();
  return result;
}
