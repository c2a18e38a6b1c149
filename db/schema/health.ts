import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * One row, rewritten by the health check (lib/health.ts): a real write through the same path as
 * every other, so the check fails when writes would (disk full, read-only, file gone).
 */
export const healthProbe = sqliteTable("health_probe", {
  id: integer("id").primaryKey(),
  checkedAt: integer("checked_at").notNull(),
});
