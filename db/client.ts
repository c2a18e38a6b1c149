import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema";
import { databaseFile, type DatabaseConfig } from "./config";
import { rememberFile } from "./file-identity";
import { cacheStatements } from "./statement-cache";

export type Database = LibSQLDatabase<typeof schema>;

/** How long a writer waits for another writer's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 15_000;

export function openDatabase(config: DatabaseConfig): { client: Client; db: Database } {
  cacheStatements();
  // libSQL opens connections lazily from a pool and passes `timeout` to each one, so the
  // busy timeout holds on every connection, including those opened for transactions.
  // foreign_keys is on by default in libSQL and synchronous defaults to FULL; WAL lives
  // in the file and is set once by migrate(). tests/integration/connection.test.ts
  // proves all four on the connection that writes.
  const client = createClient({
    url: config.url,
    authToken: config.authToken,
    timeout: BUSY_TIMEOUT_MS,
  });
  const db = drizzle(client, { schema });
  // createClient has opened the file (it checks it can): remember which inode that was, so a
  // write can tell when the path no longer leads to it (db/file-identity.ts).
  const file = databaseFile(config.url);
  if (file) rememberFile(db, file);
  return { client, db };
}
