import { appendFileSync, existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { createClient } from "@libsql/client";

/** Start-up stops with this message: what is wrong and what the operator can do about it. */
export class StartupRefused extends Error {}

type Env = Record<string, string | undefined>;

/**
 * Every database file a start-up of this checkout has created or opened, one absolute path a
 * line. It lives beside the code, not in the data folder, so that losing the data folder does
 * not also lose the memory that a database was there. AGORA_DATABASE_LEDGER puts it elsewhere
 * (a container whose checkout is rebuilt keeps it on a volume other than the data's).
 */
export const ledgerFile = (env: Env = process.env) =>
  resolve(env.AGORA_DATABASE_LEDGER ?? resolve(import.meta.dirname, "..", ".agora-databases"));

function known(file: string, ledger: string): boolean {
  if (!existsSync(ledger)) return false;
  return readFileSync(ledger, "utf8").split("\n").includes(file);
}

/** Remembers that `file` holds Agora's data (docs/decisions/0019-faults-answered-honestly.md). */
export function recordDatabase(file: string, env: Env = process.env): void {
  const path = resolve(file);
  const ledger = ledgerFile(env);
  if (!known(path, ledger)) appendFileSync(ledger, `${path}\n`, { mode: 0o600 });
}

/**
 * Decides whether start-up may create a database at `file`. A new database is made only on a
 * first run: the file is missing (or empty) and this checkout never had one there. Where one
 * was, a missing file means data went missing, and serving an empty database in its place
 * would look like every account vanished. AGORA_NEW_DATABASE=1 creates one anyway (starting
 * over on purpose); AGORA_NEW_DATABASE=0 never creates one (a deployment whose data must come
 * from a mounted volume).
 */
export function assertMayCreate(file: string, env: Env = process.env): void {
  const path = resolve(file);
  if (existsSync(path) && statSync(path).size > 0) return;
  const setting = env.AGORA_NEW_DATABASE;
  if (setting === "1") return;
  const what = `No database at ${path}`;
  if (setting === "0")
    throw new StartupRefused(
      `${what}, and AGORA_NEW_DATABASE=0 says one must be there. Mount or restore it ` +
        `(npm run db:restore <backup>), or set AGORA_NEW_DATABASE=1 to start with an empty one.`,
    );
  if (known(path, ledgerFile(env)))
    throw new StartupRefused(
      `${what}, though Agora created or served one there before (see ${ledgerFile(env)}). ` +
        `Starting on an empty database would hide the loss. Restore the latest backup with ` +
        `\`npm run db:restore <backup>\` (docs/operations.md), or, to start over on purpose, ` +
        `run once with AGORA_NEW_DATABASE=1.`,
    );
}

/** SQLite's quick_check on an existing file; a damaged one stops start-up before anything is served. */
export async function assertIntact(file: string): Promise<void> {
  const path = resolve(file);
  if (!existsSync(path) || statSync(path).size === 0) return;
  let detail: string;
  try {
    const client = createClient({ url: `file:${path}`, timeout: 15_000 });
    try {
      const { rows } = await client.execute("PRAGMA quick_check");
      detail = rows.map((r) => String(r[0])).join("; ");
    } finally {
      client.close();
    }
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  if (detail === "ok") return;
  throw new StartupRefused(
    `The database at ${path} failed SQLite's quick_check: ${detail.slice(0, 300)}\n` +
      `Agora will not serve a damaged file, and has changed nothing. Keep this file for ` +
      `inspection and restore the latest backup: \`npm run db:restore <backup>\` (docs/operations.md).`,
  );
}
