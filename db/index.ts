import { databaseConfig, databaseFile } from "./config";
import { openDatabase, type Database } from "./client";

const globalForDb = globalThis as unknown as { agoraDb?: ReturnType<typeof openDatabase> };

function connection() {
  globalForDb.agoraDb ??= openDatabase(databaseConfig());
  return globalForDb.agoraDb;
}

/** The drizzle instance itself, for libraries that check its type (the Auth.js adapter). */
export const database = (): Database => connection().db;

/** The one database of this process, opened on first use from DATABASE_URL. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const value = Reflect.get(connection().db, property);
    return typeof value === "function" ? value.bind(connection().db) : value;
  },
});

export type { Database };

/**
 * Closes this process's database, first folding its WAL into the file (TRUNCATE leaves the WAL
 * empty), so a stopped server leaves one self-contained file behind. libSQL does not checkpoint
 * on close by itself. With other processes still reading, the checkpoint does what it can.
 */
export async function closeDatabase(): Promise<void> {
  const open = globalForDb.agoraDb;
  if (!open) return;
  globalForDb.agoraDb = undefined;
  try {
    if (databaseFile(databaseConfig().url))
      await open.client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    open.client.close();
  }
}
