/** A run of paragraph text and the claims whose anchor quote covers all of it. */
export type Segment = { text: string; claimIds: string[] };

export type Anchor = { claimId: string; quote: string };

/**
 * Splits a paragraph into runs so each claim's quoted span can be highlighted in place.
 * Overlapping quotes split at every boundary; a run lists every claim covering it, the
 * claim with the shortest (most specific) quote first. Quotes not found are ignored.
 */
export function segmentParagraph(text: string, anchors: Anchor[]): Segment[] {
  const spans = anchors
    .map((a) => ({ ...a, start: text.indexOf(a.quote) }))
    .filter((a) => a.quote.length > 0 && a.start >= 0)
    .map((a) => ({ ...a, end: a.start + a.quote.length }));
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.quote.length - b.quote.length)
      .map((s) => s.claimId);
    const previous = segments.at(-1);
    if (previous && sameIds(previous.claimIds, covering)) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), claimIds: covering });
  }
  return segments;
}

function sameIds(a: string[], b: string[]) {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
