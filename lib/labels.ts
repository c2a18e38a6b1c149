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

/** A student's side on an assignment, in the words the to-do list and the teacher's table share. */
export const SIDE_LABELS = {
  support: "Support the claims",
  rebut: "Rebut the claims",
} as const;
