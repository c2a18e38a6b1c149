// Builds the production bundle when there is none or the sources changed since the last one,
// so `npm start` on a fresh clone (or after a pull) serves what is checked out.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "auth.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = join(".next", "agora-source-hash");

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry.endsWith(".test.ts")) continue;
    yield* files(join(path, entry));
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(source)) hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIfNeeded(): void {
  const hash = sourceHash();
  const built = existsSync(join(".next", "BUILD_ID")) && existsSync(STAMP);
  if (built && readFileSync(STAMP, "utf8") === hash) return;
  console.log("Building Agora for production (first start or sources changed)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
