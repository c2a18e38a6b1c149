// `npm run db:backup [file]`: a consistent online snapshot of the embedded database while the
// app runs (VACUUM INTO reads one transaction's view), then integrity_check on the copy.
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createClient } from "@libsql/client";
import { databaseConfig, databaseFile } from "../db/config";

const config = databaseConfig();
if (!databaseFile(config.url)) {
  console.error(
    "db:backup copies an embedded database file; for a libSQL server use its own backups (docs/operations.md).",
  );
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = resolve(process.argv[2] ?? `backups/agora-${stamp}.db`);
if (existsSync(target)) {
  console.error(`${target} already exists; choose another path.`);
  process.exit(2);
}
// Readable by their owner only, like the database: VACUUM INTO fills an empty file made here.
mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
closeSync(openSync(target, "wx", 0o600));

const source = createClient({ url: config.url, timeout: 15_000 });
await source.execute({ sql: "VACUUM INTO ?", args: [target] });
source.close();

const copy = createClient({ url: `file:${target}` });
const [row] = (await copy.execute("pragma integrity_check")).rows;
copy.close();
if (row?.integrity_check !== "ok") {
  console.error(`Backup ${target} failed integrity_check: ${String(row?.integrity_check)}`);
  process.exit(1);
}
console.log(`Backup written to ${target} (integrity_check ok)`);
