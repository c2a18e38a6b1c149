import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { claims } from "./debates";
import { users } from "./users";

/** Every earlier version of a reader's claim, so an edit, move or merge never loses text. */
export const claimRevisions = sqliteTable(
  "claim_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    editorId: text("editor_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: ["edit", "translate", "move", "merge"] }).notNull(),
    /** The claim as it was before this action, as JSON. */
    before: text("before").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("claim_revisions_claim_idx").on(t.claimId)],
);

/** A reader's wording of a claim in the language it lacks; the author or a moderator accepts one. */
export const claimTranslations = sqliteTable(
  "claim_translations",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    lang: text("lang", { enum: ["zh", "en"] }).notNull(),
    text: text("text").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    acceptedAt: timestamp("accepted_at"),
    createdAt: createdAt(),
  },
  (t) => [index("claim_translations_claim_idx").on(t.claimId)],
);

export type ClaimRevision = typeof claimRevisions.$inferSelect;
export type ClaimTranslation = typeof claimTranslations.$inferSelect;
