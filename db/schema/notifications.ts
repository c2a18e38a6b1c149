import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";
import { rooms } from "./rooms";
import { users } from "./users";

export const notificationKinds = [
  "reply",
  "rebuttal",
  "claim-proposed",
  "hidden",
  "feedback-released",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * Something that happened to a person's contribution, for the bell and /notifications. The link
 * and subject are written with the notification (they never change: slugs and ids are fixed);
 * the actor's name is read when shown, so pseudonyms in anonymous classes hold.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    actorId: text("actor_id").references(() => users.id),
    /** The room it happened in (actor names follow its class's pseudonym rule); null outside rooms. */
    roomId: text("room_id").references(() => rooms.id, { onDelete: "cascade" }),
    href: text("href").notNull(),
    /** What it is about: a claim's or evidence's title, an assignment's title. */
    subject: text("subject").notNull().default(""),
    /** A moderator's reason, for "hidden". */
    reason: text("reason").notNull().default(""),
    readAt: timestamp("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.id),
    index("notifications_unread_idx").on(t.userId, t.readAt),
  ],
);
