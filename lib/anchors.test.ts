import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { segmentParagraph } from "./anchors";

describe("segmentParagraph", () => {
  it("marks a quoted span between plain runs", () => {
    expect(
      segmentParagraph("美國會不會建構AI美元?", [{ claimId: "c1", quote: "建構AI美元" }]),
    ).toEqual([
      { text: "美國會不會", claimIds: [] },
      { text: "建構AI美元", claimIds: ["c1"] },
      { text: "?", claimIds: [] },
    ]);
  });

  it("splits overlapping quotes and puts the most specific claim first", () => {
    const segments = segmentParagraph("abcdef", [
      { claimId: "wide", quote: "abcde" },
      { claimId: "narrow", quote: "cd" },
    ]);
    expect(segments).toEqual([
      { text: "ab", claimIds: ["wide"] },
      { text: "cd", claimIds: ["narrow", "wide"] },
      { text: "e", claimIds: ["wide"] },
      { text: "f", claimIds: [] },
    ]);
  });

  it("ignores quotes that are not in the paragraph", () => {
    expect(segmentParagraph("abc", [{ claimId: "x", quote: "zz" }])).toEqual([
      { text: "abc", claimIds: [] },
    ]);
  });

  it("always reassembles the paragraph exactly", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
        (text, cuts) => {
          const anchors = cuts.map(([a, b], i) => ({
            claimId: `c${i}`,
            quote: text.slice(Math.min(a, b) % text.length, Math.max(a, b) % (text.length + 1)),
          }));
          const segments = segmentParagraph(text, anchors);
          expect(segments.map((s) => s.text).join("")).toBe(text);
        },
      ),
    );
  });
});
