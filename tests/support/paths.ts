import { resolve } from "node:path";

export const TMP_DIR = resolve("tests/.tmp");
/** Migrated and seeded once per run; each test file works on its own copy. */
export const BASE_DB = resolve(TMP_DIR, "base.db");
