// Checks, migrates and seeds the database named by DATABASE_URL; `--no-seed` only migrates.
// Run by `npm start`, `npm run dev`, `npm run db:migrate` and `npm run db:seed`.
import { databaseConfig, databaseFile } from "../db/config";
import { openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { seed } from "../db/seed/seed";
import {
  StartupRefused,
  assertIntact,
  assertMayCreate,
  recordDatabase,
} from "../db/startup-checks";

export async function prepareDatabase({ withSeed = true } = {}) {
  const config = databaseConfig();
  const file = databaseFile(config.url);
  if (file) {
    assertMayCreate(file);
    await assertIntact(file);
  }
  await migrate(config);
  if (file) recordDatabase(file);
  if (!withSeed) return;
  const { client, db } = openDatabase(config);
  try {
    for (const r of await seed(db))
      console.log(`Revised the claim map of ${r.slug} from version ${r.from} to ${r.to}`);
  } finally {
    client.close();
  }
}

/** prepareDatabase for a command line: a refusal is printed as it is, without a stack trace. */
export async function prepareDatabaseOrExit(options?: { withSeed?: boolean }) {
  try {
    await prepareDatabase(options);
  } catch (error) {
    if (!(error instanceof StartupRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabaseOrExit({ withSeed: !process.argv.includes("--no-seed") });
  console.log(`Database ready at ${databaseConfig().url}`);
}
