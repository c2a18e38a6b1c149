import type { SeedMapRevision } from "./types";

/**
 * The claim id of each key of map version `version`: the key itself, except that the first part
 * of a split keeps the id of the claim it was split from (so its URL, evidence and votes stay).
 * The same for a database revised version by version and for one loaded fresh at `version`.
 */
export function claimIdsAt(revisions: SeedMapRevision[], version: number): (key: string) => string {
  const alias = new Map<string, string>();
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  for (const revision of ordered) {
    if (revision.version > version) break;
    for (const [old, parts] of Object.entries(revision.split)) {
      const first = parts[0];
      if (first !== undefined && first !== old) alias.set(first, alias.get(old) ?? old);
    }
  }
  return (key) => alias.get(key) ?? key;
}
