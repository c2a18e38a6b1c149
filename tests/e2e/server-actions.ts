import { readFileSync } from "node:fs";

type Manifest = {
  node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
};

/** Every server action of the build: id, name, and the pages it can be called on. */
export function serverActions() {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    pages: Object.keys(entry.workers).map((w) => w.replace(/^app/, "").replace(/\/page$/, "")),
  }));
}

/** The ids of the named actions, in the order asked. */
export async function serverActionIds(names: string[]): Promise<string[]> {
  const all = serverActions();
  return names.map((name) => {
    const found = all.find((a) => a.name === name);
    if (!found) throw new Error(`No server action named ${name} in the build.`);
    return found.id;
  });
}
