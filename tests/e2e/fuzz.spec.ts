import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { E2E_DB } from "../../playwright.config";
import { httpFrom } from "./http-from";
import { serverActions } from "./server-actions";
import { evidenceBody, signedInRequest } from "./support";

// Generated requests across every route, page and server action, signed in and out: none may
// answer 5xx, and the database must pass db:check afterwards. `npm test` sends FUZZ_RUNS
// (default 1,000); `npm run fuzz` sends 10,000. A failure prints the seed and the requests.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const PARALLEL = 8;

/** Every route and page of the app, as a path template (`[id]` and `[...rest]` to fill). */
function appPaths(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.startsWith("(") ? "" : `/${name}`;
      found.push(...appPaths(full, prefix + segment));
    } else if (name === "page.tsx" || name === "route.ts") found.push(prefix || "/");
  }
  return found;
}

type Actor = { cookie: string; known: Record<string, string[]> };

test("no generated request answers 5xx, and the database stays consistent", async ({ baseURL }) => {
  test.setTimeout(Math.max(120_000, RUNS * 60));
  const site = new URL(baseURL!).origin;
  // A teacher with a class, an assignment and evidence, so that ids the fuzzer uses exist.
  const teacher = await signedInRequest(baseURL!);
  const klass = await (await teacher.post("/api/classes", { data: { name: "Fuzz" } })).json();
  const item = await (
    await teacher.post("/api/claims/thesis/evidence", { data: evidenceBody() })
  ).json();
  const cookie = (await teacher.storageState()).cookies.map((c) => `${c.name}=${c.value}`);
  const known = {
    id: ["thesis", klass.id, item.id, "1"],
    slug: ["ai-dollar"],
    lang: ["en", "zh", "both"],
    code: ["ABCDEF"],
    studentId: ["1"],
    nextauth: ["callback/credentials", "signout", "session", "csrf", "signin", "providers"],
  };
  const actors: Actor[] = [
    { cookie: "", known },
    { cookie: cookie.join("; "), known },
  ];
  const actions = serverActions().filter((a) => a.name !== "signOutAction");
  const templates = appPaths();

  const oddText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("%", "%ZZ", "%E0%A4%A", "%00", "%2F..%2F", "..", "%C0%AF", "%uFFFF", "\u202e"),
    fc.string({ unit: "binary", maxLength: 20 }).map(encodeURIComponent),
    fc.constant("x".repeat(3000)),
  );
  const segment = (name: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...(known[name as keyof typeof known] ?? ["1"])) },
      oddText,
    );
  const path = fc.constantFrom(...templates).chain((template) => {
    const names = [...template.matchAll(/\[(?:\.\.\.)?([a-zA-Z]+)\]/g)].map((m) => m[1]!);
    return fc.tuple(...names.map(segment)).map((values) => {
      let filled = template;
      for (const v of values) filled = filled.replace(/\[[^\]]+\]/, v);
      return filled;
    });
  });
  const query = fc.option(
    fc
      .tuple(fc.constantFrom("room", "lang", "next", "callbackUrl", "x"), oddText)
      .map(([k, v]) => `?${k}=${v}`),
    { nil: "" },
  );
  const jsonBody = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({
        agreement: fc.integer({ min: -3, max: 3 }),
        impact: fc.integer({ min: -1, max: 5 }),
      })
      .map((v) => JSON.stringify(v)),
    fc
      .dictionary(
        fc.constantFrom("stance", "url", "title", "quote", "names", "name"),
        fc.jsonValue(),
      )
      .map((v) => JSON.stringify({ ...evidenceBody(), ...v })),
  );
  const body = fc.oneof(
    fc.constant(undefined),
    jsonBody,
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc
      .dictionary(
        fc.constantFrom("username", "password", "csrfToken", "next", "__json"),
        fc.string(),
      )
      .map((d) => new URLSearchParams(d).toString()),
    fc.constant("y".repeat(70_000)),
  );
  const contentType = fc.constantFrom(
    undefined,
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "multipart/form-data",
    "application/octet-stream",
    "text/plain;charset=utf-8",
  );
  const plainRequest = fc.record({
    method: fc.constantFrom("GET", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"),
    path: fc.tuple(path, query).map(([p, q]) => p + q),
    contentType,
    body,
    origin: fc.constantFrom(undefined, site, "http://evil.example", "null"),
    extra: fc.dictionary(
      fc.constantFrom(
        "rsc",
        "next-router-state-tree",
        "x-forwarded-host",
        "x-forwarded-for",
        "accept",
        "range",
        "sec-fetch-site",
      ),
      fc.constantFrom(
        "1",
        "cross-site",
        "same-origin",
        "%5B%22%22%5D",
        "evil.example",
        "bytes=0-1",
        "text/event-stream",
        "garbage",
      ),
      { maxKeys: 3 },
    ),
  });
  // A server action: its id on one of its pages (or another), with a body shaped like
  // React's (arguments + form fields), or not at all.
  const multipart = fc
    .tuple(
      fc.option(fc.string({ maxLength: 60 })),
      fc.dictionary(
        fc.constantFrom("1___json", "1_stance", "1_agreement", "1_name", "1_next", "$ACTION_ID_x"),
        fc.string({ maxLength: 80 }),
      ),
    )
    .map(([root, fields]) => {
      const parts = Object.entries({ ...(root === null ? {} : { "0": root }), ...fields }).map(
        ([k, v]) => `--b\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      );
      return parts.join("") + "--b--\r\n";
    });
  const fill = (template: string, mutate: fc.Arbitrary<string>) =>
    fc.tuple(...[...template.matchAll(/\[[^\]]+\]/g)].map(() => mutate)).map((values) => {
      let filled = template;
      for (const v of values) filled = filled.replace(/\[[^\]]+\]/, v);
      return filled;
    });
  const ownPage = (template: string) =>
    template
      .replace("[slug]", "ai-dollar")
      .replace(/\[id\]/, template.startsWith("/classes") ? klass.id : "thesis");
  const actionRequest = fc.record({
    action: fc.constantFrom(...actions),
    page: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...templates).chain((t) => fill(t, oddText)) },
    ),
    kind: fc.constantFrom("multipart", "text", "json"),
    multipart,
    text: fc.oneof(
      fc.constant('["$undefined","$K1"]'),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 50 }),
      fc.constantFrom('["$K1"]', '["$Q1"]', '["$@1"]', '[{"a":"$h1"}]', '["$T"]'),
    ),
    origin: fc.constantFrom(site, site, "http://evil.example", undefined),
  });
  type ActionRequest = typeof actionRequest extends fc.Arbitrary<infer T> ? T : never;
  const toRequest = (actor: Actor, r: ActionRequest) => ({
    actor,
    method: "POST",
    path: r.page ?? ownPage(r.action.pages[0] ?? "/"),
    contentType:
      r.kind === "multipart"
        ? "multipart/form-data; boundary=b"
        : r.kind === "json"
          ? "application/json"
          : "text/plain",
    body: r.kind === "multipart" ? r.multipart : r.text,
    origin: r.origin,
    extra: { "next-action": r.action.id } as Record<string, string>,
  });
  const request = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...actors), plainRequest)
        .map(([actor, r]) => ({ actor, ...r })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...actors), actionRequest)
        .map(([actor, r]) => toRequest(actor, r)),
    },
  );

  const requests = fc.sample(request, { numRuns: RUNS, seed: SEED });
  const failures: string[] = [];
  let sent = 0;
  const worker = async (n: number) => {
    for (let i = n; i < requests.length; i += PARALLEL) {
      const r = requests[i]!;
      const headers: Record<string, string> = { ...r.extra };
      if (r.contentType) headers["content-type"] = r.contentType;
      if (r.origin) headers.origin = r.origin;
      if (r.actor.cookie) headers.cookie = r.actor.cookie;
      // From many loopback addresses, so per-address limits do not all land on one.
      const from = `127.0.0.${100 + (i % 100)}`;
      const shown = { ...headers, ...(headers.cookie ? { cookie: "(signed in)" } : {}) };
      const label = `${r.method} ${r.path.slice(0, 200)} ${JSON.stringify(shown)} ${String(r.body ?? "").slice(0, 200)}`;
      try {
        // Bytes a client cannot put raw on a request line are sent percent-encoded.
        const path = r.path.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
        const answer = await httpFrom(from, r.method, path, {
          headers,
          body: r.method === "GET" || r.method === "HEAD" ? undefined : r.body,
          statusOnly: true,
        });
        if (answer.status >= 500) failures.push(`${answer.status} ← ${label}`);
      } catch (error) {
        // The server may close on a refused upload; it must still be up (checked below).
        const code = (error as { code?: string }).code;
        if (code !== "ECONNRESET" && code !== "EPIPE") failures.push(`${String(error)} ← ${label}`);
      }
      sent += 1;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, (_, n) => worker(n)));
  expect(sent).toBe(RUNS);
  expect(failures.slice(0, 20), `seed ${SEED}: ${failures.length} failures`).toEqual([]);
  expect((await httpFrom("127.0.0.1", "GET", "/api/health")).status).toBe(200);
  const check = execFileSync("npx", ["tsx", "scripts/db-check.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${E2E_DB}` },
    encoding: "utf8",
  });
  expect(check).toContain("db:check passed");
  await teacher.dispose();
});
