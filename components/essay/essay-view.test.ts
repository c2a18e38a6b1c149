import { describe, expect, it } from "vitest";
import { firstWords } from "./essay-view";

describe("an English claim marker's first words", () => {
  it("keeps a short wording whole", () => {
    expect(firstWords("The AI dollar can exist.")).toBe("The AI dollar can exist.");
  });

  it("cuts a long one at a word's end, without trailing punctuation, and says so", () => {
    const marker = firstWords(
      "According to media reports, US President Trump announced on December 8 that Nvidia would export.",
    );
    expect(marker).toBe("According to media reports, US President…");
    expect(marker.length).toBeLessThanOrEqual(41);
  });

  it("cuts a single long word at the limit", () => {
    expect(firstWords("x".repeat(60))).toBe(`${"x".repeat(40)}…`);
  });
});
