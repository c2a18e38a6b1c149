import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp, updatedAt } from "./columns";
import { debates } from "./debates";
import { users } from "./users";
import { memberRoles, sideModes, stances } from "./enums";

export const classes = sqliteTable("classes", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  ownerId: text("owner_id")
    .notNull()
    .references(() => users.id),
  joinCode: text("join_code").unique(),
  joinEnabled: integer("join_enabled", { mode: "boolean" }).notNull().default(true),
  /** Students see each other under stable pseudonyms; teachers see real names. */
  anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const enrolments = sqliteTable(
  "enrolments",
  {
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: memberRoles }).notNull(),
    pseudonym: text("pseudonym").notNull(),
    /** Random, per membership: what classmates see instead of the account id in an anonymous class. */
    publicId: text("public_id").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.userId] }),
    index("enrolments_user_idx").on(t.userId),
  ],
);

/** A teacher's invitation to co-teach; the invitee accepts (and becomes a teacher) or declines. */
export const classInvitations = sqliteTable(
  "class_invitations",
  {
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.userId] }),
    index("class_invitations_user_idx").on(t.userId),
  ],
);

export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    debateId: text("debate_id")
      .notNull()
      .references(() => debates.id),
    title: text("title").notNull(),
    instructions: text("instructions").notNull(),
    dueAt: timestamp("due_at").notNull(),
    /** IANA zone the teacher set the due time in, shown beside it. */
    timeZone: text("time_zone").notNull(),
    /** JSON array of claim ids; empty means the whole debate. */
    targetClaimIds: text("target_claim_ids").notNull().default("[]"),
    sideMode: text("side_mode", { enum: sideModes }).notNull(),
    /** The side for `whole-class` mode. */
    wholeClassSide: text("whole_class_side", { enum: stances }),
    minEvidence: integer("min_evidence").notNull().default(0),
    minClaimVotes: integer("min_claim_votes").notNull().default(0),
    minEvidenceRatings: integer("min_evidence_ratings").notNull().default(0),
    /** Replies in the room's discussion threads (on the target claims and their evidence). */
    minReplies: integer("min_replies").notNull().default(0),
    maxPoints: integer("max_points").notNull().default(100),
    /** JSON rubric: [{criterion, points}] — optional. */
    rubric: text("rubric").notNull().default("[]"),
    gradesReleasedAt: timestamp("grades_released_at"),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("assignments_class_idx").on(t.classId, t.dueAt)],
);

export const assignmentSides = sqliteTable(
  "assignment_sides",
  {
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    side: text("side", { enum: stances }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.userId] })],
);

/** A teacher's feedback and grade for one student on one assignment. */
export const feedback = sqliteTable(
  "feedback",
  {
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    studentId: text("student_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    comment: text("comment").notNull().default(""),
    points: integer("points"),
    /** JSON: [{criterion, points}] matching the assignment's rubric. */
    rubricScores: text("rubric_scores").notNull().default("[]"),
    gradedBy: text("graded_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.studentId] })],
);

export type Class = typeof classes.$inferSelect;
export type Enrolment = typeof enrolments.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
