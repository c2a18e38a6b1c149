import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { evidence, rooms } from "./rooms";
import { users } from "./users";

export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    evidenceId: text("evidence_id")
      .notNull()
      .references(() => evidence.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    resolvedAt: timestamp("resolved_at"),
    createdAt: createdAt(),
  },
  (t) => [index("reports_evidence_idx").on(t.evidenceId)],
);

export const moderationLog = sqliteTable(
  "moderation_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: ["hide", "restore", "report"] }).notNull(),
    evidenceId: text("evidence_id")
      .notNull()
      .references(() => evidence.id),
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("moderation_log_room_idx").on(t.roomId, t.createdAt)],
);
