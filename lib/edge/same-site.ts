/**
 * Where to send a user after signing in, up or joining: `value` (a `next` or `callbackUrl`
 * parameter) resolved against the site's origin the way a browser would, and kept only if it
 * stays on the site; otherwise `fallback`.
 *
 * Resolving with the URL parser (rather than looking at the text) catches every trick that a
 * browser would turn into another host: backslashes (`/\evil`), tabs and newlines it strips
 * (`/%09/evil` once decoded), `//host`, and dot segments that collapse into `//`. What is kept
 * is the path, query and fragment of the resolved URL, with any run of leading slashes made
 * one, so the answer can never name another host.
 */
export function sameSitePath(value: unknown, origin: string, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  let site: URL;
  let target: URL;
  try {
    site = new URL(origin);
    target = new URL(value, site);
  } catch {
    return fallback;
  }
  if (target.origin !== site.origin) return fallback;
  return (target.pathname + target.search + target.hash).replace(/^\/+/, "/");
}

/** The same, as an absolute URL on the site (Auth.js's `redirect` callback wants one). */
export function sameSiteTarget(value: unknown, origin: string, fallback = "/"): string {
  return new URL(sameSitePath(value, origin, fallback), origin).href;
}

/** The site's origin as the request names it (X-Forwarded-* survive only from a trusted proxy). */
export function siteOrigin(headers: Headers): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host || "localhost"}`;
}
