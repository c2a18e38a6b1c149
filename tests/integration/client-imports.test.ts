// What a client component imports ships to the browser. Zod and the validation schemas (with
// all their messages) belong on the server: a client module imports limits and labels from
// plain modules. This follows each client module's imports through our own files (stopping at
// "use server" modules, which the browser reaches only by reference) and fails on zod.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { expect, it } from "vitest";

const ROOTS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !entry.endsWith(".test.ts") ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? resolve(specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const directive = (source: string, name: string) =>
  new RegExp(`^\\s*(//.*\\n\\s*)*["']use ${name}["']`).test(source);

/** The chain of files from `file` to one importing zod, or null. */
function pathToZod(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (directive(source, "server")) return null;
  // `import type` is erased at build time and ships nothing.
  for (const [, specifier] of source.matchAll(
    /^\s*import\s(?!type\s)[^;]*?from\s+["']([^"']+)["']/gm,
  )) {
    if (specifier === "zod" || specifier!.startsWith("zod/")) return [file];
    const next = resolveImport(file, specifier!);
    const chain = next && pathToZod(next, seen);
    if (chain) return [file, ...chain];
  }
  return null;
}

it("no client component pulls zod into the browser", () => {
  const clientModules = ROOTS.flatMap(sourceFiles).filter((f) =>
    directive(readFileSync(f, "utf8"), "client"),
  );
  expect(clientModules.length).toBeGreaterThan(10);
  const offenders = clientModules
    .map((f) => pathToZod(resolve(f)))
    .filter((chain) => chain !== null)
    .map((chain) => chain.map((f) => f.replace(`${process.cwd()}/`, "")).join(" → "));
  expect(offenders).toEqual([]);
});
