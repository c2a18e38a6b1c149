/**
 * The tally: how convincing each claim is, 0–100. docs/tally.md explains it with a worked
 * example. Everything here is pure and deterministic so the incremental update (update.ts)
 * and the full recomputation (full.ts) call the very same functions on the same integers.
 */

/** The score of a claim with no evidence and no votes. */
export const NEUTRAL_SCORE = 50;

export const WEIGHTS = {
  /** Each visible evidence item counts ±1 … */
  evidence: 1,
  /** … but one author counts at most this many items per stance on a claim. */
  evidencePerAuthorCap: 2,
  /** Each point of a strength rating above/below 3, per rater, clamped per rater and claim. */
  rating: 0.25,
  raterClamp: 2,
  /** Agreement votes: sum A enters as weight × A / (|A| + prior). */
  agreement: 1,
  agreementPrior: 4,
  /** A child claim enters as weight × impact × its net. */
  child: 2,
  /** Impact votes (0–4) average toward 2 with this many phantom votes; 2 → weight 1. */
  impactPrior: 2,
  /** Squash: net = S / (|S| + K). A larger K needs more input to move a score. */
  squash: 10,
} as const;

/** The integers stored per claim and room; everything else is derived from them. */
export type Aggregates = {
  evidenceNet: number;
  ratingNet: number;
  agreementSum: number;
  agreementCount: number;
  impactSum: number;
  impactCount: number;
};

export const emptyAggregates = (): Aggregates => ({
  evidenceNet: 0,
  ratingNet: 0,
  agreementSum: 0,
  agreementCount: 0,
  impactSum: 0,
  impactCount: 0,
});

export type ChildInput = {
  claimId: string;
  relation: "supports" | "opposes";
  net: number;
  impactSum: number;
  impactCount: number;
};

/** One addend of S, before squashing. */
export type Term = {
  source: "evidence" | "ratings" | "agreement" | "child";
  id?: string;
  value: number;
};

/** How much a claim matters to its parent, from impact votes: 0 … 2, 1 when nobody voted. */
export function impactWeight(impactSum: number, impactCount: number): number {
  const prior = WEIGHTS.impactPrior;
  return (impactSum + 2 * prior) / (impactCount + prior) / 2;
}

/** Contribution of one author's items in one stance: capped so no author dominates. */
export function authorEvidenceTerm(count: number): number {
  return Math.min(count, WEIGHTS.evidencePerAuthorCap);
}

/** One rater's say on a claim's evidence, from their signed balance. */
export function clampBalance(balance: number): number {
  return Math.max(-WEIGHTS.raterClamp, Math.min(WEIGHTS.raterClamp, balance));
}

const evidenceTerm = (a: Aggregates) => WEIGHTS.evidence * a.evidenceNet;
const ratingsTerm = (a: Aggregates) => WEIGHTS.rating * a.ratingNet;
const agreementTerm = ({ agreementSum }: Aggregates) =>
  (WEIGHTS.agreement * agreementSum) / (Math.abs(agreementSum) + WEIGHTS.agreementPrior);
const childTerm = (child: ChildInput) =>
  (child.relation === "supports" ? 1 : -1) *
  WEIGHTS.child *
  impactWeight(child.impactSum, child.impactCount) *
  child.net;

/** The addends of S for a claim, children in the order given (callers sort by claim id). */
export function terms(aggregates: Aggregates, children: ChildInput[]): Term[] {
  return [
    { source: "evidence", value: evidenceTerm(aggregates) },
    { source: "ratings", value: ratingsTerm(aggregates) },
    { source: "agreement", value: agreementTerm(aggregates) },
    ...children.map((child): Term => ({
      source: "child",
      id: child.claimId,
      value: childTerm(child),
    })),
  ];
}

export function squash(sum: number): number {
  return sum / (Math.abs(sum) + WEIGHTS.squash);
}

export function scoreOf(net: number): number {
  return NEUTRAL_SCORE + 50 * net;
}

/**
 * A claim's net strength in (-1, 1) and score in (0, 100): S is the sum of `terms`, added in
 * their order from 0, without building the list (every write evaluates its whole path).
 */
export function evaluate(aggregates: Aggregates, children: ChildInput[]) {
  let sum = 0;
  sum += evidenceTerm(aggregates);
  sum += ratingsTerm(aggregates);
  sum += agreementTerm(aggregates);
  for (const child of children) sum += childTerm(child);
  const net = squash(sum);
  return { net, score: scoreOf(net) };
}
