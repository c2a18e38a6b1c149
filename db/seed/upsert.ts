import { sql } from "drizzle-orm";

function snakeCase(name: string) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `set` for an upsert that takes these columns from the row being inserted. */
export function excludedColumns(names: string[]) {
  return Object.fromEntries(
    names.map((name) => [name, sql`excluded.${sql.identifier(snakeCase(name))}`]),
  );
}
