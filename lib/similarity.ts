/**
 * How alike two claims read, for "is yours one of these?" before a proposal is saved. Plain
 * and explainable rather than clever (docs/decisions/0024-proposed-claims.md): Chinese has no
 * spaces, so it is compared by character bigrams; English by its content words. Both are
 * Jaccard indices in [0, 1]; a pair of claims scores the better of its two languages.
 */

const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as is are was were be been being it " +
    "its this that these those will would can could should may might must do does did not no " +
    "than then so such into about over under more most less very also has have had which who"
  ).split(" "),
);

/** Lower-case content words of English text, plural -s dropped ("chips" and "chip" meet). */
export function englishWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new Set(
    words
      .filter((w) => !STOP_WORDS.has(w))
      .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w)),
  );
}

/** Character bigrams of the Han (and other letter) runs of a text; punctuation splits runs. */
export function chineseBigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of text.match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) grams.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

export type Wording = { textZh: string; textEn: string };

/** The likeness of two claims in [0, 1]: the better of the Chinese and the English match. */
export function similarity(a: Wording, b: Wording): number {
  return Math.max(
    jaccard(chineseBigrams(a.textZh), chineseBigrams(b.textZh)),
    jaccard(englishWords(a.textEn), englishWords(b.textEn)),
  );
}

/** Below this, two claims share too little to ask "is yours one of these?". */
export const SIMILAR_THRESHOLD = 0.3;

/** The candidates at least `threshold` alike to `proposal`, most alike first, at most `limit`. */
export function mostSimilar<T extends Wording & { id: string }>(
  proposal: Wording,
  candidates: T[],
  { threshold = SIMILAR_THRESHOLD, limit = 5 } = {},
): (T & { similarity: number })[] {
  return candidates
    .map((c) => ({ ...c, similarity: Math.round(similarity(proposal, c) * 100) / 100 }))
    .filter((c) => c.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
