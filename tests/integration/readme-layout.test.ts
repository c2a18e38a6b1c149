// The README's layout table is a newcomer's map of the tree: every path it names exists, and
// every top-level folder of the project has a row.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const layout = readFileSync("README.md", "utf8").split("## Layout")[1]!.split("\n## ")[0]!;
const named = [...layout.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);

it("names only paths that exist", () => {
  expect(named.length).toBeGreaterThan(5);
  expect(named.filter((path) => !existsSync(path))).toEqual([]);
});

it("has a row for every top-level folder", () => {
  const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n");
  const folders = new Set(
    tracked.filter((f) => f.includes("/") && !f.startsWith(".")).map((f) => f.split("/")[0]!),
  );
  const covered = (folder: string) => named.some((path) => path.split("/")[0] === folder);
  expect([...folders].filter((folder) => !covered(folder))).toEqual([]);
});
