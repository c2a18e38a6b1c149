import { request } from "node:http";
import { E2E_PORT } from "../../playwright.config";

export type RawAnswer = {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
};

/**
 * One HTTP request to the e2e server from a chosen loopback address (all of 127.0.0.0/8 is
 * this machine), so a test can play clients at different addresses through the real socket.
 * Sends exactly the path and headers given (no normalisation, unlike fetch).
 */
export function httpFrom(
  localAddress: string,
  method: string,
  path: string,
  options: {
    headers?: Record<string, string | string[]>;
    body?: string | Buffer;
    /** Resolve as soon as the status arrives (for streams that never end), body left unread. */
    statusOnly?: boolean;
  } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: E2E_PORT, localAddress, method, path, headers: options.headers },
      (res) => {
        if (options.statusOnly) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: {}, setCookies: [], body: "" });
          return;
        }
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [
                k,
                Array.isArray(v) ? v.join(", ") : String(v),
              ]),
            ),
            setCookies: res.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A client at one address with its own cookie jar (enough for Auth.js's CSRF cookie). */
export function clientAt(localAddress: string) {
  const jar = new Map<string, string>();
  const send = async (
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string | Buffer } = {},
  ) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const answer = await httpFrom(localAddress, method, path, {
      ...options,
      headers: { ...options.headers, ...(cookie ? { cookie } : {}) },
    });
    for (const line of answer.setCookies) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (pair && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return answer;
  };
  return {
    send,
    cookies: jar,
    /** Auth.js's credentials endpoint, with a fresh CSRF token; extra headers as given. */
    async signIn(username: string, password: string, headers: Record<string, string> = {}) {
      const { csrfToken } = JSON.parse((await send("GET", "/api/auth/csrf")).body);
      return send("POST", "/api/auth/callback/credentials", {
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ csrfToken, username, password }).toString(),
      });
    },
  };
}
