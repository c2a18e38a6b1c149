// Migrates the database named by DATABASE_URL and loads the seed debates.
// `--no-seed` only migrates. Run by `npm start`, `npm run db:migrate` and `npm run db:seed`.
import { databaseConfig } from "../db/config";
import { openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { seed } from "../db/seed/seed";

export async function prepareDatabase({ withSeed = true } = {}) {
  const config = databaseConfig();
  await migrate(config);
  if (!withSeed) return;
  const { client, db } = openDatabase(config);
  try {
    for (const r of await seed(db))
      console.log(`Revised the claim map of ${r.slug} from version ${r.from} to ${r.to}`);
  } finally {
    client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase({ withSeed: !process.argv.includes("--no-seed") });
  console.log(`Database ready at ${databaseConfig().url}`);
}
