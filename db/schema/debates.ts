import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { rooms } from "./rooms";
import { users } from "./users";

import {
  attributionKinds,
  checkStatuses,
  claimKinds,
  claimRelations,
  factCheckStatuses,
  paragraphKinds,
} from "./enums";

export const debates = sqliteTable("debates", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  titleZh: text("title_zh").notNull(),
  titleEn: text("title_en").notNull(),
  author: text("author").notNull(),
  publisher: text("publisher").notNull(),
  language: text("language").notNull(),
  summaryEn: text("summary_en").notNull(),
  /** The version of the claim map loaded; the seed revises the map up to its own (db/seed/revise.ts). */
  mapVersion: integer("map_version").notNull().default(1),
  createdAt: createdAt(),
});

export const paragraphs = sqliteTable(
  "paragraphs",
  {
    id: text("id").primaryKey(),
    debateId: text("debate_id")
      .notNull()
      .references(() => debates.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: paragraphKinds }).notNull(),
    textZh: text("text_zh").notNull(),
    textEn: text("text_en").notNull(),
  },
  (t) => [uniqueIndex("paragraphs_debate_position_idx").on(t.debateId, t.position)],
);

export const claims = sqliteTable(
  "claims",
  {
    id: text("id").primaryKey(),
    debateId: text("debate_id")
      .notNull()
      .references(() => debates.id, { onDelete: "cascade" }),
    /** Null only for the thesis. */
    parentId: text("parent_id").references((): AnySQLiteColumn => claims.id),
    relation: text("relation", { enum: claimRelations }),
    kind: text("kind", { enum: claimKinds }).notNull(),
    textZh: text("text_zh").notNull(),
    textEn: text("text_en").notNull(),
    anchorParagraphId: text("anchor_paragraph_id").references(() => paragraphs.id),
    anchorQuote: text("anchor_quote"),
    /** The crowd's check, from evidence; the editor's fact-check is in `fact_checks`. */
    checkStatus: text("check_status", { enum: checkStatuses }).notNull().default("unverified"),
    /** Whose assertion it is; a source is named in both languages. */
    attributionBy: text("attribution_by", { enum: attributionKinds }).notNull().default("author"),
    attributionNameZh: text("attribution_name_zh"),
    attributionNameEn: text("attribution_name_en"),
    /** Set when a revision of the map retired or merged the claim: out of the tree and tally, still at its URL. */
    retiredAt: timestamp("retired_at"),
    /** Order among siblings, as in the essay. */
    position: integer("position").notNull(),
    /** Null for claims that come from the essay itself. */
    createdBy: text("created_by").references(() => users.id),
    /**
     * The room a reader's claim was proposed in (it is argued there only); null for the essay's
     * claims, which every room shares. See docs/decisions/0024-proposed-claims.md.
     */
    roomId: text("room_id").references((): AnySQLiteColumn => rooms.id, { onDelete: "cascade" }),
    /** Hidden by a moderator: out of the tree and tally (with its branch) until restored. */
    hiddenAt: timestamp("hidden_at"),
    hiddenBy: text("hidden_by").references(() => users.id),
    updatedAt: timestamp("updated_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("claims_debate_idx").on(t.debateId, t.position),
    index("claims_parent_idx").on(t.parentId),
    index("claims_room_idx").on(t.roomId),
    // Proposals per account per hour (lib/proposals/propose.ts).
    index("claims_created_by_idx").on(t.createdBy, t.createdAt),
  ],
);

/** Where a retired claim's argument went: the claim it was merged into, or its successors. */
export const claimSuccessors = sqliteTable(
  "claim_successors",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    successorId: text("successor_id")
      .notNull()
      .references(() => claims.id),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.successorId] })],
);

/** Background a paragraph gives that bears on no claim: shown on the paragraph, never as a pro. */
export const paragraphContexts = sqliteTable(
  "paragraph_contexts",
  {
    id: text("id").primaryKey(),
    paragraphId: text("paragraph_id")
      .notNull()
      .references(() => paragraphs.id, { onDelete: "cascade" }),
    noteZh: text("note_zh").notNull(),
    noteEn: text("note_en").notNull(),
  },
  (t) => [index("paragraph_contexts_paragraph_idx").on(t.paragraphId)],
);

/**
 * The editor's check of a span of the essay against the public record. Its sources are JSON
 * ([{title, publisher, date, url}]): seed data, always read with their check, never queried alone.
 */
export const factChecks = sqliteTable("fact_checks", {
  id: text("id").primaryKey(),
  paragraphId: text("paragraph_id")
    .notNull()
    .references(() => paragraphs.id, { onDelete: "cascade" }),
  quote: text("quote").notNull(),
  status: text("status", { enum: factCheckStatuses }).notNull(),
  noteZh: text("note_zh").notNull(),
  noteEn: text("note_en").notNull(),
  sources: text("sources").notNull().default("[]"),
});

/** Which factual claims a check applies to (anchor in its paragraph, overlapping its span). */
export const claimFactChecks = sqliteTable(
  "claim_fact_checks",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    factCheckId: text("fact_check_id")
      .notNull()
      .references(() => factChecks.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.factCheckId] }),
    index("claim_fact_checks_check_idx").on(t.factCheckId),
  ],
);

export type Debate = typeof debates.$inferSelect;
export type Paragraph = typeof paragraphs.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type FactCheck = typeof factChecks.$inferSelect;
