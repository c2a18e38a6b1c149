// Loaded by scripts/serve.ts outside Next's bundle: no "server-only", no Next APIs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { stampClientAddress } from "./client-address";
import { edgeErrorBody, uiLocaleOfRequestHeaders } from "./edge-errors";
import { SECURITY_HEADERS } from "./security-headers";

/** Same figure as lib/http.ts's MAX_BODY_BYTES (that module imports Next's server code). */
const MAX_BODY_BYTES = 64 * 1024;

/** Answers with `{ error, code }` in the request's interface language, as the routes do. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string): true {
  const locale = uiLocaleOfRequestHeaders(
    req.headers.cookie,
    req.headers["accept-language"]?.toString(),
  );
  res.writeHead(status, { "Content-Type": "application/json", Connection: "close" });
  res.end(JSON.stringify(edgeErrorBody(error, locale)));
  return true;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * What the server in front of Next does to every request before Next sees it: it stamps the
 * client's address (./client-address), sets the security headers, and answers the client
 * mistakes Next would turn into a 500 (or read in full before refusing) with a 4xx.
 * Answers true when it has answered the request itself.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  stampClientAddress(req);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const path = (req.url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return refuse(req, res, 400, "The address is not valid percent-encoding.");
  }
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES)
    return refuse(req, res, 413, `The body must be at most ${MAX_BODY_BYTES / 1024} KB.`);
  if (req.headers["next-action"] !== undefined && isCrossSite(req))
    return refuse(req, res, 403, "Cross-site requests are refused.");
  return false;
}

/** A server action from another site: Next would throw (a 500) on an Origin it does not host. */
function isCrossSite(req: IncomingMessage): boolean {
  if (req.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const host =
    req.headers["x-forwarded-host"]?.toString().split(",")[0]?.trim() ?? req.headers.host;
  return hostOf(origin) !== host;
}
