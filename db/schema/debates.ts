import {
  type AnySQLiteColumn,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./users";

import { checkStatuses, claimKinds, claimRelations, paragraphKinds } from "./enums";

export const debates = sqliteTable("debates", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  titleZh: text("title_zh").notNull(),
  titleEn: text("title_en").notNull(),
  author: text("author").notNull(),
  publisher: text("publisher").notNull(),
  language: text("language").notNull(),
  summaryEn: text("summary_en").notNull(),
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
    checkStatus: text("check_status", { enum: checkStatuses }).notNull().default("unverified"),
    /** Order among siblings, as in the essay. */
    position: integer("position").notNull(),
    /** Null for claims that come from the essay itself. */
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("claims_debate_idx").on(t.debateId, t.position),
    index("claims_parent_idx").on(t.parentId),
  ],
);

export type Debate = typeof debates.$inferSelect;
export type Paragraph = typeof paragraphs.$inferSelect;
export type Claim = typeof claims.$inferSelect;
