import type { SourceType } from "@/db/schema/enums";

/** How each kind of source is named on the page. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  "primary-data": "Primary data",
  "official-document": "Official document",
  news: "News",
  research: "Research",
  opinion: "Opinion",
};

// The answers to a claim's two questions, worded once: the vote form offers them and every
// list of votes repeats them, so a student recognises the answer they gave.

/** "Is it true?", from -2 to 2. */
export const AGREEMENT_LABELS = [
  [-2, "Strongly disagree"],
  [-1, "Disagree"],
  [0, "Unsure"],
  [1, "Agree"],
  [2, "Strongly agree"],
] as const;

/** "Does it matter to its parent claim?", from 0 to 4. */
export const IMPACT_LABELS = [
  [0, "None"],
  [1, "Little"],
  [2, "Some"],
  [3, "Much"],
  [4, "Decisive"],
] as const;

const labelOf = (labels: readonly (readonly [number, string])[], value: number) =>
  labels.find(([v]) => v === value)?.[1] ?? String(value);

export const agreementLabel = (value: number) => labelOf(AGREEMENT_LABELS, value);
export const impactLabel = (value: number) => labelOf(IMPACT_LABELS, value);

/**
 * One student's standing on an assignment, worded the same on their to-do list and in the
 * teacher's table (they used to differ: "To do" there, "In progress" here): a key of the
 * `classes.status` messages.
 */
export function progressStatus(p: {
  complete: boolean;
  late: boolean;
}): "done" | "doneLate" | "late" | "todo" {
  if (p.complete) return p.late ? "doneLate" : "done";
  return p.late ? "late" : "todo";
}

/**
 * A count against its requirement, "2/1": the real count on both sides, never capped at the
 * requirement (the to-do list used to cap it and showed 1/1 where the teacher saw 2/1).
 */
export const countAgainst = (count: number, required: number) => `${count}/${required}`;

/** The requirements of an assignment (`classes.requirements`), in the order both views list them. */
export const REQUIREMENTS = ["evidence", "claimVotes", "evidenceRatings", "replies"] as const;
