import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chineseBigrams,
  englishWords,
  mostSimilar,
  SIMILAR_THRESHOLD,
  similarity,
} from "./similarity";

const wording = fc.record({ textZh: fc.string(), textEn: fc.string() });

describe("similarity", () => {
  it("is in [0, 1], symmetric, and 1 for a claim against itself when it has words", () => {
    fc.assert(
      fc.property(wording, wording, (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
        if (chineseBigrams(a.textZh).size + englishWords(a.textEn).size > 0)
          expect(similarity(a, a)).toBe(1);
      }),
    );
  });

  it("finds a rewording in Chinese that shares most of its characters", () => {
    const essay = { textZh: "美國將以AI晶片建立新的美元體系", textEn: "" };
    const mine = { textZh: "美國會用AI晶片建立新的美元體系", textEn: "" };
    const other = { textZh: "海灣資本將流向歐洲", textEn: "" };
    expect(similarity(essay, mine)).toBeGreaterThan(SIMILAR_THRESHOLD);
    expect(similarity(essay, other)).toBeLessThan(SIMILAR_THRESHOLD);
  });

  it("finds a rewording in English regardless of case, stop words and plurals", () => {
    const a = { textZh: "", textEn: "Control of AI chips anchors the new dollar system." };
    const b = {
      textZh: "",
      textEn: "The new dollar system is anchored by control of AI chip supply",
    };
    expect(similarity(a, b)).toBeGreaterThan(0.5);
    expect(similarity(a, { textZh: "", textEn: "Gulf states prefer gold." })).toBe(0);
  });

  it("compares across a claim written in one language with one written in both", () => {
    const zhOnly = { textZh: "算力是新的石油", textEn: "" };
    const both = { textZh: "算力就是新的石油", textEn: "Compute is the new oil" };
    expect(similarity(zhOnly, both)).toBeGreaterThan(SIMILAR_THRESHOLD);
  });

  it("ranks most alike first and drops those below the threshold", () => {
    const proposal = { textZh: "", textEn: "Gulf capital will fund American data centres" };
    const ranked = mostSimilar(proposal, [
      { id: "a", textZh: "", textEn: "Chips are scarce" },
      { id: "b", textZh: "", textEn: "Gulf capital will fund data centres" },
      { id: "c", textZh: "", textEn: "Gulf capital will fund American data centres now" },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(["c", "b"]);
  });
});
