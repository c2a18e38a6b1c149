import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { claims } from "./debates";
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
  // One report per person per item: a second one is the same report.
  (t) => [uniqueIndex("reports_evidence_reporter_idx").on(t.evidenceId, t.reporterId)],
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
    // "review": the author asks for a hidden item to be looked at again; "dismiss": a
    // moderator closes a report without acting on it. Text column: no migration needed.
    action: text("action", {
      enum: ["hide", "restore", "report", "review", "dismiss", "move", "merge"],
    }).notNull(),
    /** What the action was about: an evidence item or (hide, restore, move, merge) a claim. */
    evidenceId: text("evidence_id").references(() => evidence.id),
    claimId: text("claim_id").references(() => claims.id),
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("moderation_log_room_idx").on(t.roomId, t.createdAt)],
);
