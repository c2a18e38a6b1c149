import { describe, expect, it } from "vitest";
import type { SeedClaim } from "../types";
import { aiDollar } from ".";

/**
 * The hedges of docs/claim-map.md §4. When an anchor holds one of `words`, the claim's Chinese
 * must keep a hedge of the same family (`zh`) and its English a matching rendering (`en`), so
 * no claim is more certain than the essay.
 */
const hedges: { words: string[]; zh: string[]; en: RegExp }[] = [
  { words: ["可能"], zh: ["可能", "或許", "也許"], en: /\b(may|might|could)\b|possib/i },
  { words: ["很有可能"], zh: ["很有可能", "很可能"], en: /may well|quite possibly|very likely/i },
  { words: ["或許"], zh: ["或許", "也許", "可能"], en: /\b(perhaps|maybe|may|might)\b/i },
  { words: ["可以"], zh: ["可以"], en: /\b(can|could|may)\b/i },
  { words: ["可以說"], zh: ["可以說"], en: /one can say|arguably|it can be said/i },
  { words: ["試圖"], zh: ["試圖", "企圖", "嘗試"], en: /\b(tr(y|ies|ying)|attempts?|seeks?)\b/i },
  { words: ["設想"], zh: ["設想", "構想"], en: /vision|envisag|envision/i },
  { words: ["想像"], zh: ["想像"], en: /imagin/i },
  { words: ["希望"], zh: ["希望"], en: /\b(hopes?|wants?|seeks?)\b/i },
  { words: ["旨在", "意在"], zh: ["旨在", "意在"], en: /meant to|meaning to|\baims?\b|intend/i },
  {
    words: ["某種程度上", "某種意義上"],
    zh: ["某種程度上", "某種意義上"],
    en: /to some extent|in a sense/i,
  },
  { words: ["很大程度上"], zh: ["很大程度上"], en: /largely|to a large extent/i },
  { words: ["基本"], zh: ["基本"], en: /basically|essentially/i },
  {
    words: ["更像", "像是", "看起來"],
    zh: ["像", "看起來", "似乎"],
    en: /\blooks?\b|seems?|more like/i,
  },
  { words: ["迄今"], zh: ["迄今", "至今"], en: /so far|to date/i },
  { words: ["目前"], zh: ["目前"], en: /for now|at present/i },
  { words: ["較為"], zh: ["較為"], en: /rather|relatively/i },
  {
    words: ["逐漸", "逐步", "越來越"],
    zh: ["逐漸", "逐步", "越來越"],
    en: /gradually|increasingly/i,
  },
  { words: ["潛在"], zh: ["潛在"], en: /potential/i },
  { words: ["如果"], zh: ["如果", "若"], en: /\bif\b/i },
  { words: ["一旦"], zh: ["一旦", "如果"], en: /\b(once|if)\b/i },
];

/**
 * A hedge that governs a list beyond its own clause: P27's three pillars are what the AI dollar
 * "tries to copy" (試圖複製的三大支柱), so every anchor after it in that sentence inherits 試圖.
 */
const governing = [{ paragraph: 27, after: "AI美元試圖複製的三大支柱", hedge: "試圖" }];

function hedgedText(claim: SeedClaim, paragraphs: { zh: string }[]): string {
  const zh = paragraphs[claim.anchor.paragraph - 1]!.zh;
  const inherited = governing
    .filter((g) => g.paragraph === claim.anchor.paragraph)
    .filter((g) => zh.indexOf(g.after) >= 0 && zh.indexOf(claim.anchor.quote) > zh.indexOf(g.after))
    .map((g) => g.hedge);
  return [claim.anchor.quote, ...inherited].join(" ");
}

describe("the claims keep the essay's hedges", () => {
  const { claims, paragraphs } = aiDollar;

  it("holds no claim more certain than its anchor, in Chinese or in English", () => {
    const failures: string[] = [];
    for (const claim of claims) {
      const text = hedgedText(claim, paragraphs);
      for (const hedge of hedges) {
        const word = hedge.words.find((w) => text.includes(w));
        if (!word) continue;
        if (!hedge.zh.some((w) => claim.textZh.includes(w)))
          failures.push(`${claim.key}: zh drops ${word}`);
        if (!hedge.en.test(claim.textEn)) failures.push(`${claim.key}: en drops ${word}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("checks the hedges it should: the thesis's 可能 and the three pillars' 試圖", () => {
    const checked = (key: string) =>
      hedgedText(
        claims.find((c) => c.key === key)!,
        paragraphs,
      );
    expect(checked("thesis")).toContain("可能");
    for (const pillar of ["compute-irreplaceable", "dollar-settlement", "gulf-anchor"]) {
      expect(checked(pillar), pillar).toContain("試圖");
    }
  });
});
