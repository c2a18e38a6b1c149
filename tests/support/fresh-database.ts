import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { TMP_DIR } from "./paths";

/** A URL for a database file that does not exist yet. */
export function freshDatabaseUrl() {
  return `file:${resolve(TMP_DIR, `fresh-${randomUUID()}`, "agora.db")}`;
}
