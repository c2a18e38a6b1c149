// `npm run db:restore <backup>`: puts a backup in place of the embedded database, with the old
// file, WAL and shared memory moved aside (not deleted), and checks the result. Refuses while
// any process has the database open, and refuses a backup that fails integrity_check.
import { chmodSync, copyFileSync, existsSync, renameSync } from "node:fs";
import { resolve } from "node:path";
import { createClient } from "@libsql/client";
import { databaseConfig, databaseFile } from "../db/config";
import { recordDatabase } from "../db/startup-checks";

function refuse(message: string, status = 1): never {
  console.error(message);
  process.exit(status);
}

async function integrity(path: string): Promise<string> {
  try {
    const client = createClient({ url: `file:${path}` });
    try {
      const { rows } = await client.execute("PRAGMA integrity_check");
      return rows.map((r) => String(r[0])).join("; ");
    } finally {
      client.close();
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Whether another process has the file open. A connection in WAL mode holds a shared lock on
 * the file for as long as it is open, even idle, so an exclusive lock is refused while any
 * server runs on it (tried without waiting).
 */
async function inUse(path: string): Promise<boolean> {
  const client = createClient({ url: `file:${path}`, timeout: 0, concurrency: 1 });
  try {
    await client.execute("PRAGMA locking_mode = EXCLUSIVE");
    await client.execute("BEGIN EXCLUSIVE");
    return false;
  } catch {
    return true;
  } finally {
    client.close();
  }
}

const target = databaseFile(databaseConfig().url);
if (!target)
  refuse("db:restore restores an embedded database file; a libSQL server restores its own.", 2);
const file = resolve(target);
const backup = process.argv[2]
  ? resolve(process.argv[2])
  : refuse("Usage: npm run db:restore <backup>", 2);
if (!existsSync(backup)) refuse(`No backup at ${backup}.`, 2);
if (backup === file) refuse("The backup is the database itself: nothing to restore.", 2);

const backupCheck = await integrity(backup);
if (backupCheck !== "ok")
  refuse(`The backup ${backup} failed integrity_check (${backupCheck}); nothing was changed.`);
if (existsSync(file) && (await inUse(file)))
  refuse(`${file} is open in another process (a running server?). Stop it, then restore.`);

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const movedAside: string[] = [];
// The WAL and shared memory belong to the old file: left beside the restored one, SQLite would
// replay the old WAL into it and report it corrupt.
for (const suffix of ["", "-wal", "-shm"]) {
  if (!existsSync(`${file}${suffix}`)) continue;
  const aside = `${file}.before-restore-${stamp}${suffix}`;
  renameSync(`${file}${suffix}`, aside);
  movedAside.push(aside);
}
// Copied beside it, then renamed into place: the path never shows a half-copied file.
copyFileSync(backup, `${file}.restoring`);
chmodSync(`${file}.restoring`, 0o600);
renameSync(`${file}.restoring`, file);
const restoredCheck = await integrity(file);
if (restoredCheck !== "ok")
  refuse(
    `Restored ${file}, but it failed integrity_check (${restoredCheck}). The old files are kept: ${movedAside.join(", ")}.`,
  );
recordDatabase(file);

console.log(`Restored ${backup} to ${file} (integrity_check ok).`);
console.log(
  movedAside.length
    ? `The previous files were moved aside, not deleted:\n  ${movedAside.join("\n  ")}`
    : "There was no database there before.",
);
console.log("Start the app with `npm start`; it applies any migration newer than the backup.");
