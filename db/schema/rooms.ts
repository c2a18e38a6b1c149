import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { createdAt, timestamp, updatedAt } from "./columns";
import { claims, debates } from "./debates";
import { users } from "./users";
import { classes } from "./classes";

import { sourceTypes, stances } from "./enums";

/** Where a debate is argued: one public room per debate, one private room per class and debate. */
export const rooms = sqliteTable(
  "rooms",
  {
    id: text("id").primaryKey(),
    debateId: text("debate_id")
      .notNull()
      .references(() => debates.id, { onDelete: "cascade" }),
    /** Null for the public room. */
    classId: text("class_id").references((): AnySQLiteColumn => classes.id, {
      onDelete: "cascade",
    }),
    /** Bumped in the same transaction as every write that changes a tally; followed by live updates. */
    revision: integer("revision").notNull().default(0),
    /**
     * Bumped whenever the room's claim tree changes shape (a claim proposed, hidden, restored,
     * moved or merged), so every process re-reads the shape it keeps for incremental tallies.
     */
    treeRevision: integer("tree_revision").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("rooms_debate_class_idx").on(t.debateId, t.classId),
    uniqueIndex("rooms_public_idx")
      .on(t.debateId)
      .where(sql`${t.classId} is null`),
  ],
);

export const evidence = sqliteTable(
  "evidence",
  {
    id: text("id").primaryKey(),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    stance: text("stance", { enum: stances }).notNull(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    quote: text("quote").notNull(),
    explanation: text("explanation").notNull(),
    sourceType: text("source_type", { enum: sourceTypes }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at"),
    /** Soft deletion by the author: kept, with its history, but out of the tally. */
    deletedAt: timestamp("deleted_at"),
    /** Hidden by a moderator: out of the tally until restored. */
    hiddenAt: timestamp("hidden_at"),
    hiddenBy: text("hidden_by").references(() => users.id),
  },
  (t) => [
    index("evidence_room_claim_idx").on(t.roomId, t.claimId),
    index("evidence_author_idx").on(t.authorId),
    // The same author citing the same source twice for one claim counts once.
    uniqueIndex("evidence_no_duplicate_idx")
      .on(t.roomId, t.claimId, t.authorId, t.url)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** Every earlier version of an evidence item, so an edit or deletion never loses text. */
export const evidenceRevisions = sqliteTable(
  "evidence_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    evidenceId: text("evidence_id")
      .notNull()
      .references(() => evidence.id, { onDelete: "cascade" }),
    editorId: text("editor_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: ["edit", "delete"] }).notNull(),
    /** The item as it was before this action, as JSON. */
    before: text("before").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("evidence_revisions_evidence_idx").on(t.evidenceId)],
);

/** Two separate questions on a claim: is it true (agreement -2..2) and does it matter (impact 0..4). */
export const claimVotes = sqliteTable(
  "claim_votes",
  {
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    agreement: integer("agreement"),
    impact: integer("impact"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.claimId, t.userId] }),
    index("claim_votes_user_idx").on(t.userId),
  ],
);

/** How well an evidence item supports its stance, 1..5. */
export const evidenceVotes = sqliteTable(
  "evidence_votes",
  {
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    evidenceId: text("evidence_id")
      .notNull()
      .references(() => evidence.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    strength: integer("strength").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.evidenceId, t.userId] }),
    index("evidence_votes_user_idx").on(t.userId),
  ],
);

/**
 * The stored tally of one claim in one room: the integer aggregates it is computed from
 * and the result. See docs/tally.md.
 */
export const tallies = sqliteTable(
  "tallies",
  {
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    evidenceNet: integer("evidence_net").notNull().default(0),
    ratingNet: integer("rating_net").notNull().default(0),
    agreementSum: integer("agreement_sum").notNull().default(0),
    agreementCount: integer("agreement_count").notNull().default(0),
    impactSum: integer("impact_sum").notNull().default(0),
    impactCount: integer("impact_count").notNull().default(0),
    /** Signed strength in (-1, 1); the score is 50 + 50 × net. */
    net: real("net").notNull().default(0),
    score: real("score").notNull().default(50),
    /** The room revision of the write that last changed this row; live updates send rows newer than a client's. */
    revision: integer("revision").notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.claimId] }),
    index("tallies_room_revision_idx").on(t.roomId, t.revision),
  ],
);

/** Each rater's signed, clamped say on a claim's evidence (bounds one account's influence). */
export const raterBalances = sqliteTable(
  "rater_balances",
  {
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    balance: integer("balance").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.claimId, t.userId] })],
);

/** The thesis score of a room over time, for the chart. */
export const thesisHistory = sqliteTable(
  "thesis_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    revision: integer("revision").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("thesis_history_room_idx").on(t.roomId, t.createdAt)],
);

export type Room = typeof rooms.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type Tally = typeof tallies.$inferSelect;
