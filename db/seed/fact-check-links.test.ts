import { describe, expect, it } from "vitest";
import { claimIdsAt } from "./claim-ids";
import { factCheckTargets } from "./fact-check-links";
import type { SeedClaim, SeedFactCheck, SeedMapRevision } from "./types";

const paragraphs = [{ kind: "body" as const, zh: "甲乙丙丁戊己", en: "" }];
const claim = (key: string, quote: string, kind: SeedClaim["kind"] = "factual"): SeedClaim => ({
  key,
  parent: null,
  relation: null,
  kind,
  textZh: "",
  textEn: "",
  anchor: { paragraph: 1, quote },
  attribution: { by: "author" },
});
const check = (quote: string): SeedFactCheck => ({
  paragraph: 1,
  quote,
  status: "disputed",
  noteZh: "",
  noteEn: "",
  sources: [],
});

describe("which claims a fact-check applies to", () => {
  it("every claim whose anchor overlaps the checked span, whatever its kind, and no other", () => {
    const claims = [
      claim("overlaps", "乙丙"),
      claim("inside", "丙"),
      claim("touches", "甲乙"),
      claim("apart", "戊己"),
      claim("causal", "丙丁", "causal"),
    ];
    expect(factCheckTargets(paragraphs, claims, [check("丙丁")])).toEqual([
      ["overlaps", "inside", "causal"],
    ]);
  });

  it("refuses a quote that is not in its paragraph", () => {
    expect(() => factCheckTargets(paragraphs, [], [check("庚")])).toThrow(/not in paragraph 1/);
  });
});

describe("claim ids across map versions", () => {
  const revisions: SeedMapRevision[] = [
    { version: 2, merged: {}, split: { old: ["first", "second"] }, retired: {} },
    { version: 3, merged: {}, split: { first: ["again", "more"] }, retired: {} },
  ];
  it("keep the old id on the first part of a split, through later splits", () => {
    expect(claimIdsAt(revisions, 1)("first")).toBe("first");
    expect(claimIdsAt(revisions, 2)("first")).toBe("old");
    expect(claimIdsAt(revisions, 2)("second")).toBe("second");
    expect(claimIdsAt(revisions, 3)("again")).toBe("old");
  });
});
