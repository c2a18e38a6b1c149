import "server-only";
import { AppError, forbidden } from "./errors";
import { route } from "./http";
import { requireViewer, type Viewer } from "./session";

/**
 * Refuses a browser request sent from another site (CSRF). Browsers send Origin (and
 * Sec-Fetch-Site) on every write; clients that send neither are not browsers and cannot
 * borrow someone's cookie. X-Forwarded-Host reaches here only from a trusted proxy
 * (lib/edge/client-address.ts strips it from everyone else).
 */
export function assertSameOrigin(request: Request): void {
  if (request.headers.get("sec-fetch-site") === "cross-site")
    throw forbidden("Cross-site requests are refused.");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== host) throw forbidden("Cross-site requests are refused.");
}

const WRITES_PER_MINUTE = 240;
const recentWrites = new Map<string, { windowStart: number; count: number }>();

/**
 * A generous per-account write budget, kept in this process's memory: it only protects this
 * process from a runaway client and no other process needs it (sign-in limits, which must
 * hold across processes, live in the database).
 */
function throttleWrites(userId: string, now = Date.now()): void {
  const entry = recentWrites.get(userId);
  if (!entry || now - entry.windowStart >= 60_000) {
    recentWrites.set(userId, { windowStart: now, count: 1 });
    if (recentWrites.size > 50_000) recentWrites.clear();
    return;
  }
  entry.count += 1;
  if (entry.count > WRITES_PER_MINUTE) {
    throw new AppError(
      429,
      "Too many writes. Please slow down.",
      undefined,
      Math.ceil((entry.windowStart + 60_000 - now) / 1000),
    );
  }
}

/** A JSON write route: same-origin check, signed-in viewer, write budget, errors as JSON. */
export function writeRoute<Ctx>(
  handler: (request: Request, ctx: Ctx, viewer: Viewer) => Promise<Response>,
) {
  return route(async (request: Request, ctx: Ctx) => {
    assertSameOrigin(request);
    const viewer = await requireViewer();
    throttleWrites(viewer.id);
    return handler(request, ctx, viewer);
  });
}
