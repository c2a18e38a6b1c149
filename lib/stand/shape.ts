/**
 * Where people stand, as plain data a client component may import (no zod, no database):
 * the answer scales and the shape of a distribution.
 */
export const AGREEMENT_VALUES = [-2, -1, 0, 1, 2] as const;
export const IMPACT_VALUES = [0, 1, 2, 3, 4] as const;
export const STRENGTH_VALUES = [1, 2, 3, 4, 5] as const;

export const AGREEMENT_LABELS: Record<number, string> = {
  [-2]: "Strongly disagree",
  [-1]: "Disagree",
  0: "Unsure",
  1: "Agree",
  2: "Strongly agree",
};
export const IMPACT_LABELS: Record<number, string> = {
  0: "No impact",
  1: "Little",
  2: "Some",
  3: "Much",
  4: "Decisive",
};
export const STRENGTH_LABELS: Record<number, string> = {
  1: "Very weak",
  2: "Weak",
  3: "Fair",
  4: "Strong",
  5: "Very strong",
};

/** How many people gave each answer, keyed by the answer ("-2" … "2"). */
export type Histogram = Record<string, number>;

export type ClaimStand = {
  /** People who answered at least one of the two questions. */
  people: number;
  agreement: Histogram;
  impact: Histogram;
};

export type EvidenceStand = { raters: number; strength: Histogram };

export type ClaimStandView = {
  claimId: string;
  roomId: string;
  claim: ClaimStand;
  /** Per visible evidence item that has ratings; items without ratings are absent. */
  evidence: Record<string, EvidenceStand>;
};

export const emptyHistogram = (values: readonly number[]): Histogram =>
  Object.fromEntries(values.map((v) => [String(v), 0]));

export const emptyClaimStand = (): ClaimStand => ({
  people: 0,
  agreement: emptyHistogram(AGREEMENT_VALUES),
  impact: emptyHistogram(IMPACT_VALUES),
});
