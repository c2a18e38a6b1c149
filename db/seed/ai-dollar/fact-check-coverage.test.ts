import { describe, expect, it } from "vitest";
import { factCheckTargets } from "../fact-check-links";
import { factCheckStatuses } from "../types";
import { aiDollar } from ".";

const { paragraphs, claims, factChecks = [], contexts = [], revisions = [] } = aiDollar;
const targets = factCheckTargets(paragraphs, claims, factChecks);

describe("the editor's fact-checks of the AI-dollar essay", () => {
  // Passes only once the checks are written (db/seed/ai-dollar/fact-checks.ts, issue 10 item 3).
  it("check every factual claim", () => {
    const checked = new Set(targets.flat());
    const unchecked = claims.filter((c) => c.kind === "factual" && !checked.has(c.key));
    expect(unchecked.map((c) => c.key)).toEqual([]);
  });

  // A paragraph mapped as context (the editor's summary) has its assertions mapped where the
  // author makes them; a check there is in the public record (docs/fact-checks.md) only.
  const inContext = new Set(contexts.map((c) => c.paragraph));

  it("each quote a verbatim span of its paragraph, applying to a claim unless in a context", () => {
    factChecks.forEach((check, i) => {
      expect(paragraphs[check.paragraph - 1]?.zh, `check ${i + 1}`).toContain(check.quote);
      if (inContext.has(check.paragraph)) return;
      expect(targets[i], `check ${i + 1} "${check.quote}" applies to no claim`).not.toEqual([]);
    });
  });

  it("give every check that is not `accurate` a source", () => {
    for (const check of factChecks.filter((c) => c.status !== "accurate"))
      expect(check.sources.length, `no source for "${check.quote}"`).toBeGreaterThan(0);
  });

  it("give every check, accurate ones too, a source: no check without one", () => {
    for (const check of factChecks)
      expect(check.sources.length, `no source for "${check.quote}"`).toBeGreaterThan(0);
  });

  it("each with a status, a note in both languages, and its sources in full", () => {
    for (const check of factChecks) {
      expect(factCheckStatuses).toContain(check.status);
      expect(check.noteZh.trim(), check.quote).not.toBe("");
      expect(check.noteEn.trim(), check.quote).not.toBe("");
      for (const s of check.sources) {
        expect(s.title.trim(), check.quote).not.toBe("");
        expect(s.publisher.trim(), check.quote).not.toBe("");
        expect(s.date, check.quote).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(new URL(s.url).protocol, check.quote).toMatch(/^https?:$/);
      }
    }
  });
});

describe("the map's paragraph contexts and revision", () => {
  it("puts each context on a paragraph of the essay, in both languages", () => {
    for (const c of contexts) {
      expect(paragraphs[c.paragraph - 1], `context on paragraph ${c.paragraph}`).toBeDefined();
      expect(c.noteZh.trim()).not.toBe("");
      expect(c.noteEn.trim()).not.toBe("");
    }
  });

  it("names only claims of the current map as survivors, parts and successors", () => {
    const keys = new Set(claims.map((c) => c.key));
    expect(aiDollar.mapVersion ?? 1).toBe(Math.max(1, ...revisions.map((r) => r.version)));
    for (const r of revisions) {
      for (const [old, survivor] of Object.entries(r.merged)) {
        expect(keys.has(old), `merged ${old} is still in the map`).toBe(false);
        expect(keys.has(survivor), `survivor ${survivor} of ${old}`).toBe(true);
      }
      for (const [old, parts] of Object.entries(r.split))
        for (const part of parts) expect(keys.has(part), `part ${part} of ${old}`).toBe(true);
      for (const [old, next] of Object.entries(r.retired)) {
        expect(keys.has(old), `retired ${old} is still in the map`).toBe(false);
        expect(next.length, `retired ${old} has no successor`).toBeGreaterThan(0);
        for (const s of next) expect(keys.has(s), `successor ${s} of ${old}`).toBe(true);
      }
    }
  });
});
