import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { rooms } from "./rooms";
import { users } from "./users";

export const stancePhases = ["before", "now"] as const;
export type StancePhase = (typeof stancePhases)[number];

/**
 * A reader's stance on a debate's thesis (-2..2) in one room: one "before" (recorded before
 * reading) and any number of "now" rows, so every change of mind stays in the history. The
 * latest "now" is the current stance.
 */
export const thesisStances = sqliteTable(
  "thesis_stances",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roomId: text("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    phase: text("phase", { enum: stancePhases }).notNull(),
    stance: integer("stance").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("thesis_stances_room_user_idx").on(t.roomId, t.userId, t.phase),
    uniqueIndex("thesis_stances_one_before_idx")
      .on(t.roomId, t.userId)
      .where(sql`${t.phase} = 'before'`),
  ],
);

export type ThesisStance = typeof thesisStances.$inferSelect;
