// Gives every test file its own copy of the migrated, seeded base database, before any
// module that opens the database is imported.
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { BASE_DB, TMP_DIR } from "./paths";

const file = resolve(TMP_DIR, `test-${randomUUID()}.db`);
copyFileSync(BASE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
