import { databaseConfig } from "./config";
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
 * Closes this process's database. Closing the last connection to the file checkpoints its WAL
 * into it, so a stopped server leaves one self-contained file behind.
 */
export function closeDatabase(): void {
  globalForDb.agoraDb?.client.close();
  globalForDb.agoraDb = undefined;
}
