import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate as runMigrations } from "drizzle-orm/libsql/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { databaseFile, type DatabaseConfig } from "./config";
import { BUSY_TIMEOUT_MS } from "./client";

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, "migrations");

/**
 * Creates the data folder (0700) and the file (0600) when missing, switches the file to WAL and
 * applies pending migrations. SQLite gives the WAL and shared-memory files the mode of the
 * database file, so they too are readable by their owner only.
 */
export async function migrate(config: DatabaseConfig): Promise<void> {
  const file = databaseFile(config.url);
  if (!file) {
    // A libSQL server serialises the migrator's batch itself.
    const client = createClient({ url: config.url, authToken: config.authToken });
    try {
      await runMigrations(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      client.close();
    }
    return;
  }
  createPrivately(resolve(file));
  // One connection, so the pragma below holds for the migration's transaction.
  const client = createClient({ url: config.url, timeout: BUSY_TIMEOUT_MS, concurrency: 1 });
  try {
    await client.execute("PRAGMA journal_mode = WAL");
    await applyUnderWriteLock(client);
  } finally {
    client.close();
  }
}

function createPrivately(file: string) {
  const folder = dirname(file);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "a", 0o600));
}

/**
 * Applies drizzle-kit's migrations as its migrator does (same table, same hashes), but reads
 * which are applied inside BEGIN IMMEDIATE: two processes starting together on a fresh file
 * take turns, and the second finds nothing left to do instead of failing on "table already
 * exists".
 */
async function applyUnderWriteLock(client: Client) {
  // As drizzle's migrator: a migration may rebuild a table that others reference.
  await client.execute("PRAGMA foreign_keys = OFF");
  const tx = await client.transaction("write");
  try {
    await tx.execute(`CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (
      id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    const { rows } = await tx.execute(
      `SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1`,
    );
    const lastApplied = rows[0] ? Number(rows[0].created_at) : -Infinity;
    for (const migration of readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })) {
      if (migration.folderMillis <= lastApplied) continue;
      for (const statement of migration.sql) if (statement.trim()) await tx.execute(statement);
      await tx.execute({
        sql: `INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)`,
        args: [migration.hash, migration.folderMillis],
      });
    }
    await tx.commit();
  } finally {
    tx.close();
  }
}
