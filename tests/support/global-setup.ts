import { mkdirSync, rmSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed/seed";
import { BASE_DB, TMP_DIR } from "./paths";

export default async function setup() {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  const config = { url: `file:${BASE_DB}` };
  await migrate(config);
  const { client, db } = openDatabase(config);
  await seed(db);
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  client.close();
}
