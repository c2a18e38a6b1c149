// docs/api.md is the API's contract: every route it names exists with that method, and every
// route handler in app/api is documented, so the two cannot drift apart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const METHODS = "GET|POST|PUT|PATCH|DELETE";

/** "METHOD /api/path" for every exported handler of every route.ts under app/api. */
function routesInCode(dir = "app/api"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return routesInCode(path);
    if (entry !== "route.ts") return [];
    const url = "/" + dir.replace(/^app\//, "");
    const source = readFileSync(path, "utf8");
    const exported = [...source.matchAll(new RegExp(`export const \\{?\\s*([^=}]+)`, "g"))]
      .flatMap((m) => m[1]!.split(","))
      .map((name) => name.trim())
      .filter((name) => new RegExp(`^(${METHODS})$`).test(name));
    return exported.map((method) => `${method} ${url}`);
  });
}

/** "METHOD /api/path" for every route docs/api.md names, including "`POST` / `DELETE /api/x`". */
function routesInDocs(): string[] {
  const doc = readFileSync("docs/api.md", "utf8").replace(
    new RegExp(`\`(${METHODS})\` / \`(${METHODS}) (/api/[^\\s\`?]+)`, "g"),
    "`$1 $3` `$2 $3",
  );
  return [...doc.matchAll(new RegExp(`(${METHODS}) (/api/[^\\s\`?,)]+)`, "g"))].map(
    (m) => `${m[1]} ${m[2]}`,
  );
}

// Auth.js serves its own endpoints under one catch-all; the doc names the ones a client uses.
const isAuthJs = (route: string) => route.includes("/api/auth/");

describe("docs/api.md", () => {
  const code = routesInCode();
  const docs = new Set(routesInDocs());

  it("documents every route handler", () => {
    expect(code.length).toBeGreaterThan(20);
    expect(code.filter((route) => !isAuthJs(route) && !docs.has(route))).toEqual([]);
  });

  it("names only routes that exist", () => {
    const existing = new Set(code);
    expect([...docs].filter((route) => !isAuthJs(route) && !existing.has(route))).toEqual([]);
  });
});
