import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aiDollar } from ".";

const { paragraphs, claims } = aiDollar;
const byKey = new Map(claims.map((c) => [c.key, c]));

describe("the AI-dollar essay as data", () => {
  it("holds the full original text, paragraph by paragraph, each with an English rendering", () => {
    const original = readFileSync(new URL("./essay.zh-Hant.txt", import.meta.url), "utf8");
    expect(paragraphs.map((p) => p.zh).join("")).toBe(original);
    for (const p of paragraphs) expect(p.en.trim().length).toBeGreaterThan(0);
  });

  it("anchors every claim to a quote copied verbatim from its paragraph", () => {
    for (const claim of claims) {
      const paragraph = paragraphs[claim.anchor.paragraph - 1];
      expect(paragraph, claim.key).toBeDefined();
      expect(paragraph!.zh, claim.key).toContain(claim.anchor.quote);
    }
  });

  it("forms one tree rooted at the thesis", () => {
    const roots = claims.filter((c) => c.parent === null);
    expect(roots.map((c) => c.key)).toEqual(["thesis"]);
    expect(roots[0]!.relation).toBeNull();
    expect(new Set(claims.map((c) => c.key)).size).toBe(claims.length);
    for (const claim of claims) {
      const seen = new Set<string>();
      let current = claim;
      while (current.parent !== null) {
        expect(seen.has(current.key), `cycle at ${claim.key}`).toBe(false);
        seen.add(current.key);
        const parent = byKey.get(current.parent);
        expect(parent, `${current.key} has unknown parent ${current.parent}`).toBeDefined();
        expect(current.relation).not.toBeNull();
        current = parent!;
      }
      expect(current.key).toBe("thesis");
    }
  });

  it("maps the essay at the grain the issue asks for, the editor's note and the doubts included", () => {
    expect(claims.length).toBeGreaterThanOrEqual(40);
    expect(claims.length).toBeLessThanOrEqual(65);
    const editorsNote = claims.filter((c) => c.anchor.paragraph <= 4);
    expect(editorsNote.length).toBeGreaterThanOrEqual(4);
    const doubts = claims.filter((c) => c.parent === "thesis" && c.relation === "opposes");
    expect(doubts.map((c) => c.key)).toEqual(
      expect.arrayContaining(["feasibility-limited", "not-official"]),
    );
    expect(claims.filter((c) => c.kind === "factual").length).toBeGreaterThan(25);
  });

  it("gives every figure the essay cites to a factual claim", () => {
    const figures = [
      "82%",
      "67%",
      "25%",
      "5.3兆美元",
      "15億美元",
      "400億美元",
      "1.2兆美元",
      "2031",
      "10-Q",
    ];
    for (const figure of figures) {
      const owner = claims.find((c) => c.kind === "factual" && c.anchor.quote.includes(figure));
      expect(owner, figure).toBeDefined();
    }
  });
});
