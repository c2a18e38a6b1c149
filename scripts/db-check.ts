// `npm run db:check`: verifies the database named by DATABASE_URL; exits 1 on any mismatch, a
// damaged file included (reported as a finding, never as a stack trace).
import { existsSync } from "node:fs";
import { databaseConfig, databaseFile } from "../db/config";
import { openDatabase } from "../db/client";
import { checkDatabase, unreadable, type CheckResult } from "../lib/db-check";

const config = databaseConfig();
const file = databaseFile(config.url);
if (file && !existsSync(file)) {
  console.error(`No database at ${file}.`);
  process.exit(2);
}
let results: CheckResult[];
try {
  const { client, db } = openDatabase(config);
  try {
    results = await checkDatabase(db);
  } finally {
    client.close();
  }
} catch (error) {
  results = [{ name: "the file opens as a database", ok: false, detail: unreadable(error) }];
}
for (const r of results)
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name}${r.ok ? "" : `\n  ${r.detail}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(failed === 0 ? "db:check passed" : `db:check found ${failed} problem(s)`);
process.exitCode = failed === 0 ? 0 : 1;
