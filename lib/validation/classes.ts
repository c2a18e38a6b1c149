import { z } from "zod";
import { sideModes, stances } from "@/db/schema/enums";
import { checkbox, optionalAnswer, wholeNumber } from "./form-values";
import { passwordSchema, usernameSchema, visibleName } from "./users";

export const classSchema = z.object({
  name: z
    .string("Name the class.")
    .trim()
    .min(1, "Name the class.")
    .max(100, "Use at most 100 characters."),
  anonymous: checkbox,
});

export const joinSchema = z.object({
  code: z
    .string("Enter the join code.")
    .trim()
    .toUpperCase()
    .min(4, "Enter the join code.")
    .max(20),
});

/** A class at a time: more than this in one request is not a roster but account minting. */
export const ROSTER_MAX_PER_REQUEST = 60;
/** Accounts one teacher may make in 24 hours, counted in the database. */
export const ROSTER_DAILY_MAX = 200;

/** Names as a list (the API) or as pasted text, one per line or comma-separated (the form). */
const nameList = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r?\n|,/)
          .map((name) => name.trim())
          .filter(Boolean)
      : value,
  z
    .array(visibleName(80, "Give each student a name."))
    .min(1, "Paste at least one name.")
    .max(ROSTER_MAX_PER_REQUEST, `Add at most ${ROSTER_MAX_PER_REQUEST} students at a time.`),
);

export const rosterSchema = z.object({ names: nameList });

/** Turning joining by code on or off, or making a new code (the old one stops working). */
export const joiningSchema = z.object({
  action: z.enum(["rotate", "enable", "disable"], "Say rotate, enable or disable."),
});

export const coTeacherSchema = z.object({ username: usernameSchema });

export const invitationAnswerSchema = z.object({
  answer: z.enum(["accept", "decline"], "Answer accept or decline."),
});

export const changePasswordSchema = z.object({
  current: z
    .string("Enter your current password.")
    .min(1, "Enter your current password.")
    .max(200, "Use at most 200 characters."),
  password: passwordSchema,
});

const isoDate = z.iso.datetime({ offset: true, error: "Give the due date and time." });

export const assignmentSchema = z
  .object({
    title: z
      .string("Give the assignment a title.")
      .trim()
      .min(1, "Give the assignment a title.")
      .max(150),
    instructions: z.string().trim().max(5000).default(""),
    /** A debate's slug; left out (older API clients), the site's first debate. */
    debate: z.string().min(1).optional(),
    dueAt: isoDate,
    timeZone: z
      .string()
      .default("UTC")
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "Unknown time zone."),
    targetClaimIds: z.array(z.string()).max(100).default([]),
    sideMode: z.enum(sideModes).default("whole-class"),
    wholeClassSide: z.enum(stances).nullable().default(null),
    /** For `per-student`: userId → side. */
    sides: z.record(z.string(), z.enum(stances)).default({}),
    minEvidence: z.number().int().min(0).max(100).default(0),
    minClaimVotes: z.number().int().min(0).max(100).default(0),
    minEvidenceRatings: z.number().int().min(0).max(100).default(0),
    minReplies: z.number().int().min(0).max(100).default(0),
    maxPoints: z.number().int().min(1).max(1000).default(100),
    /** A due time already past is usually a slip of the date picker: the teacher confirms it. */
    confirmPastDue: z.boolean().default(false),
  })
  .refine((a) => a.minEvidence + a.minClaimVotes + a.minEvidenceRatings + a.minReplies > 0, {
    message: "Set at least one requirement.",
    path: ["minEvidence"],
  });

const points = wholeNumber("Give points as a whole number.").pipe(
  z.number().min(0, "Give points from 0.").max(1000, "Give at most 1000 points."),
);

/** Feedback and points for one student; empty points (or null) mean "not graded". */
export const feedbackSchema = z.object({
  studentId: z.string().min(1),
  comment: z.string().trim().max(5000, "Use at most 5000 characters.").default(""),
  points: optionalAnswer(points).default(null),
});

/** The teacher sets (or clears, with null) one student's side on an assignment. */
export const sideSchema = z.object({
  studentId: z.string("Name the student.").min(1, "Name the student."),
  side: z.enum(stances, "Choose support or rebut.").nullable(),
});

export type AssignmentInput = z.infer<typeof assignmentSchema>;
