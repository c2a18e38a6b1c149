import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { migrate as runMigrations } from "drizzle-orm/libsql/migrator";
import { databaseFile, type DatabaseConfig } from "./config";
import { openDatabase } from "./client";

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, "migrations");

/** Creates the data folder, switches the file to WAL and applies pending migrations. */
export async function migrate(config: DatabaseConfig): Promise<void> {
  const file = databaseFile(config.url);
  if (file) mkdirSync(dirname(resolve(file)), { recursive: true });
  const { client, db } = openDatabase(config);
  try {
    if (file) await client.execute("PRAGMA journal_mode = WAL");
    await runMigrations(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    client.close();
  }
}
