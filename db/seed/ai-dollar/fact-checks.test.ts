import { describe, expect, it } from "vitest";
import { factCheckStatuses } from "../types";
import { factChecks } from "./fact-checks";
import { paragraphs } from "./paragraphs";

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const label = (i: number) => `check ${i + 1} (paragraph ${factChecks[i]!.paragraph})`;

describe("the editor's fact-checks of the AI-dollar essay", () => {
  it("locates every check by a quote copied verbatim from its paragraph", () => {
    factChecks.forEach((check, i) => {
      const paragraph = paragraphs[check.paragraph - 1];
      expect(paragraph, label(i)).toBeDefined();
      expect(check.quote.trim().length, label(i)).toBeGreaterThan(0);
      expect(paragraph!.zh, label(i)).toContain(check.quote);
    });
  });

  it("gives every check one of the four statuses and a note in both languages", () => {
    factChecks.forEach((check, i) => {
      expect(factCheckStatuses, label(i)).toContain(check.status);
      expect(check.noteZh.trim().length, label(i)).toBeGreaterThan(0);
      expect(check.noteEn.trim().length, label(i)).toBeGreaterThan(0);
      // A Chinese note written in Chinese, an English note without Han characters.
      expect(check.noteZh, label(i)).toMatch(/\p{Script=Han}/u);
      expect(check.noteEn, label(i)).not.toMatch(/\p{Script=Han}/u);
    });
  });

  it("cites at least one source for every check, with a title, publisher, ISO date and web address", () => {
    factChecks.forEach((check, i) => {
      expect(check.sources.length, label(i)).toBeGreaterThan(0);
      for (const source of check.sources) {
        expect(source.title.trim().length, label(i)).toBeGreaterThan(0);
        expect(source.publisher.trim().length, label(i)).toBeGreaterThan(0);
        expect(source.date, label(i)).toMatch(isoDate);
        expect(new URL(source.url).protocol, label(i)).toMatch(/^https?:$/);
      }
    });
  });

  it("checks each assertion once: no two checks share a quote in the same paragraph", () => {
    const keys = factChecks.map((c) => `${c.paragraph}:${c.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("records the errors the review found: the Final Report's date and the 10-Q's market share", () => {
    const about = (paragraph: number, fragment: string) =>
      factChecks.find((c) => c.paragraph === paragraph && c.quote.includes(fragment));
    expect(about(13, "《Final Report》")?.status).toBe("inaccurate");
    expect(about(9, "10-Q")?.status).toBe("inaccurate");
  });
});
