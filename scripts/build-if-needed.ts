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

/** `distDir` must be the one next.config.ts picks for `env` (".next-bench" for the bench). */
export function buildIfNeeded(distDir = ".next", env: NodeJS.ProcessEnv = process.env): void {
  const hash = sourceHash();
  const stamp = join(distDir, "agora-source-hash");
  const built = existsSync(join(distDir, "BUILD_ID")) && existsSync(stamp);
  if (built && readFileSync(stamp, "utf8") === hash) return;
  console.log(`Building Agora for production into ${distDir} (first start or sources changed)…`);
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
