import type { SeedClaim, SeedFactCheck, SeedParagraph } from "./types";

/** Where a verbatim quote lies in paragraph `position` (1-based), or an error naming it. */
function spanOf(paragraphs: SeedParagraph[], position: number, quote: string, what: string) {
  const text = paragraphs[position - 1]?.zh;
  const start = text === undefined || quote === "" ? -1 : text.indexOf(quote);
  if (start < 0) throw new Error(`${what}: "${quote}" is not in paragraph ${position}`);
  return { start, end: start + quote.length };
}

/**
 * For each fact-check (by index), the keys of the claims it applies to: every claim anchored in
 * the check's paragraph whose anchor overlaps the check's span (a causal claim that rests on a
 * checked fact shows the check too).
 */
export function factCheckTargets(
  paragraphs: SeedParagraph[],
  claims: SeedClaim[],
  checks: SeedFactCheck[],
): string[][] {
  return checks.map((check, i) => {
    const span = spanOf(paragraphs, check.paragraph, check.quote, `Fact-check ${i + 1}`);
    return claims
      .filter((c) => c.anchor.paragraph === check.paragraph)
      .filter((c) => {
        const anchor = spanOf(paragraphs, c.anchor.paragraph, c.anchor.quote, `Claim ${c.key}`);
        return anchor.start < span.end && span.start < anchor.end;
      })
      .map((c) => c.key);
  });
}
