// Loaded by scripts/serve.ts outside Next's bundle (no "server-only", no Next APIs) and read
// inside it through `clientAddress`.
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * The header that carries the client's address from the server in front of Next
 * (scripts/serve.ts) to the app. The server deletes whatever a client sent under this name
 * before setting it, so inside the app it is always the server's own finding.
 */
export const CLIENT_ADDRESS_HEADER = "x-agora-client-address";

/** Headers a client may only set through a trusted proxy. */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip"];

type TrustedProxies = { hops: number } | { list: BlockList } | null;

/** A socket address as Node reports it, with IPv4-mapped IPv6 (`::ffff:1.2.3.4`) made plain. */
export function plainAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * `TRUSTED_PROXIES`: unset or empty trusts no one (the socket's address is the client's);
 * a number N trusts N proxies in front (the socket's peer and N−1 more named in
 * X-Forwarded-For); otherwise a comma-separated list of addresses and CIDR ranges.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) > 0 ? { hops: Number(text) } : null;
  const list = new BlockList();
  for (const entry of text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const type = isIP(plainAddress(address)) === 6 ? "ipv6" : "ipv4";
    if (isIP(plainAddress(address)) === 0 || (prefix !== undefined && !/^\d+$/.test(prefix)))
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range.`);
    if (prefix === undefined) list.addAddress(plainAddress(address), type);
    else list.addSubnet(plainAddress(address), Number(prefix), type);
  }
  return { list };
}

function isTrusted(list: BlockList, address: string): boolean {
  const kind = isIP(address);
  return kind !== 0 && list.check(address, kind === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's, unless the socket's peer is a trusted proxy, in which
 * case X-Forwarded-For is read from the right, skipping the trusted proxies, and the first
 * address not trusted is the client's.
 */
export function resolveClientAddress(
  socketAddress: string,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): { address: string; viaTrustedProxy: boolean } {
  const peer = plainAddress(socketAddress) || "unknown";
  const chain = (forwardedFor ?? "")
    .split(",")
    .map(plainAddress)
    .filter((a) => isIP(a) !== 0);
  if (!trusted) return { address: peer, viaTrustedProxy: false };
  if ("hops" in trusted) {
    // The peer is the first hop; each further hop added one entry at the right of the chain.
    const index = chain.length - trusted.hops;
    return { address: chain[Math.max(0, index)] ?? peer, viaTrustedProxy: true };
  }
  if (!isTrusted(trusted.list, peer)) return { address: peer, viaTrustedProxy: false };
  let address = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    address = chain[i]!;
    if (!isTrusted(trusted.list, address)) break;
  }
  return { address, viaTrustedProxy: true };
}

const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

/**
 * Rewrites an incoming request's headers so the app can believe them: the client address
 * header is set from the socket (or a trusted proxy's X-Forwarded-For), and the X-Forwarded-*
 * headers survive only when a trusted proxy sent them.
 */
export function stampClientAddress(req: IncomingMessage, trusted = trustedProxies): void {
  const forwardedFor = req.headers["x-forwarded-for"];
  const { address, viaTrustedProxy } = resolveClientAddress(
    req.socket.remoteAddress ?? "",
    Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    trusted,
  );
  if (!viaTrustedProxy) for (const name of PROXY_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}

/** The client's address as scripts/serve.ts found it ("unknown" when served some other way). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
