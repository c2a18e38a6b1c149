import {
  type AnySQLiteColumn,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { claims } from "./debates";
import { evidence, rooms } from "./rooms";
import { users } from "./users";

/**
 * A reply in a discussion thread, per room: on a claim (`evidenceId` null) or on an evidence
 * item (`claimId` is then the item's claim). One level of nesting: `parentId` is always a
 * top-level reply. Replies do not move any score.
 */
export const replies = sqliteTable(
  "replies",
  {
    id: text("id").primaryKey(),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    evidenceId: text("evidence_id").references(() => evidence.id, { onDelete: "cascade" }),
    parentId: text("parent_id").references((): AnySQLiteColumn => replies.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
    editedAt: timestamp("edited_at"),
    /** Deleted by its author: shown as "deleted" in place, so its replies keep their context. */
    deletedAt: timestamp("deleted_at"),
    hiddenAt: timestamp("hidden_at"),
    hiddenBy: text("hidden_by").references(() => users.id),
    /** The moderator's reason, shown to the author. */
    hiddenReason: text("hidden_reason").notNull().default(""),
    /** The room revision of the reply's last change; live updates name the threads it touched. */
    revision: integer("revision").notNull().default(0),
  },
  (t) => [
    index("replies_room_claim_idx").on(t.roomId, t.claimId),
    index("replies_evidence_idx").on(t.evidenceId),
    index("replies_room_revision_idx").on(t.roomId, t.revision),
    index("replies_author_idx").on(t.authorId, t.createdAt),
  ],
);

/** One report per person per reply, like evidence reports. */
export const replyReports = sqliteTable(
  "reply_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    replyId: text("reply_id")
      .notNull()
      .references(() => replies.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    resolvedAt: timestamp("resolved_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("reply_reports_reply_reporter_idx").on(t.replyId, t.reporterId)],
);

export const replyActions = ["post", "edit", "delete", "report", "hide", "restore"] as const;

/** Every action on a reply, with the text as it was before an edit or deletion. */
export const replyLog = sqliteTable(
  "reply_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    replyId: text("reply_id")
      .notNull()
      .references(() => replies.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: replyActions }).notNull(),
    /** The reason of a report or hide; the earlier body of an edit or deletion. */
    detail: text("detail").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("reply_log_reply_idx").on(t.replyId)],
);

export type Reply = typeof replies.$inferSelect;
