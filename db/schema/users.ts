import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./columns";

import { userRoles } from "./enums";

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Sign-in name; null only for OAuth-only accounts. Stored lower-case. */
    username: text("username").unique(),
    /** Shown to others; separate from the username. */
    name: text("name").notNull(),
    email: text("email").unique(),
    emailVerified: timestamp("email_verified"),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: text("role", { enum: userRoles }).notNull().default("user"),
    /** Bumped on sign-out and when disabled: JWTs carrying an older version are refused. */
    sessionVersion: integer("session_version").notNull().default(0),
    mustChangePassword: integer("must_change_password", { mode: "boolean" })
      .notNull()
      .default(false),
    disabledAt: timestamp("disabled_at"),
    /**
     * The one session that changed the password: it survives the version bump that ends the
     * account's other sessions (tokens carry a per-session id, `sid`).
     */
    keptSessionId: text("kept_session_id"),
    /**
     * For accounts a teacher made on a class roster: the class whose teachers hold the account
     * (and may reset its password) and the teacher who made it (counted against a daily cap).
     * No foreign keys: the account outlives its class and its maker.
     */
    managedByClassId: text("managed_by_class_id"),
    createdBy: text("created_by"),
    /** Set when the reader deleted the account: the row stays, emptied, so contributions keep their author. */
    deletedAt: timestamp("deleted_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("users_created_at_idx").on(t.createdAt),
    index("users_created_by_idx").on(t.createdBy, t.createdAt),
  ],
);

/** OAuth accounts linked to a user (Auth.js adapter table). */
export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/** Fixed-window counters shared by every app process (sign-in throttling, API limits). */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** One-time recovery codes, hashed like passwords; a used code's row is deleted. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
