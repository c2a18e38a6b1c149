import {
  authorEvidenceTerm,
  NEUTRAL_SCORE,
  terms,
  WEIGHTS,
  type Aggregates,
  type ChildInput,
} from "./model";

export type EvidenceShare = { id: string; authorId: string; stance: "support" | "rebut" };

export type Contribution = {
  source: "evidence" | "ratings" | "agreement" | "child";
  /** Evidence or child claim id; absent for ratings and agreement. */
  id?: string;
  /** Points added to (or taken from) the neutral 50, to one decimal. */
  points: number;
};

export type Breakdown = { base: number; score: number; contributions: Contribution[] };

/**
 * Why a claim has its score: every evidence item, the ratings, the agreement votes and every
 * child claim, each as points on top of the neutral 50. The squash is shared out in
 * proportion, and points are rounded so that the rounded parts add up to the rounded score.
 */
export function explain(
  aggregates: Aggregates,
  children: ChildInput[],
  evidence: EvidenceShare[],
): Breakdown {
  const parts = terms(aggregates, children);
  const sum = parts.reduce((total, part) => total + part.value, 0);
  const score = NEUTRAL_SCORE + (50 * sum) / (Math.abs(sum) + WEIGHTS.squash);
  const scale = sum === 0 ? 0 : (score - NEUTRAL_SCORE) / sum;

  const raw: Contribution[] = [];
  for (const part of parts) {
    if (part.source === "evidence") raw.push(...evidenceShares(evidence, scale));
    else if (part.value !== 0)
      raw.push({ source: part.source, id: part.id, points: part.value * scale });
  }
  const shown = roundToSum(
    raw.map((c) => c.points),
    round1(score) - NEUTRAL_SCORE,
  );
  return {
    base: NEUTRAL_SCORE,
    score: round1(score),
    contributions: raw.map((c, i) => ({ ...c, points: shown[i]! })),
  };
}

/** Each item's share of its author's capped count in its stance. */
function evidenceShares(evidence: EvidenceShare[], scale: number): Contribution[] {
  const counts = new Map<string, number>();
  const key = (e: EvidenceShare) => `${e.authorId}\u0000${e.stance}`;
  for (const e of evidence) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  return evidence.map((e) => {
    const n = counts.get(key(e))!;
    const value =
      ((e.stance === "support" ? 1 : -1) * WEIGHTS.evidence * authorEvidenceTerm(n)) / n;
    return { source: "evidence", id: e.id, points: value * scale };
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Rounds to tenths so the results add up to `target` exactly (largest remainder). */
export function roundToSum(values: number[], target: number): number[] {
  const tenths = values.map((v) => v * 10);
  const floors = tenths.map(Math.floor);
  let missing = Math.round(target * 10) - floors.reduce((a, b) => a + b, 0);
  const order = tenths
    .map((t, i) => ({ i, remainder: t - floors[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const result = [...floors];
  for (let k = 0; missing !== 0 && order.length > 0; k = (k + 1) % order.length) {
    const step = missing > 0 ? 1 : -1;
    result[order[k]!.i]! += step;
    missing -= step;
  }
  return result.map((t) => t / 10);
}
