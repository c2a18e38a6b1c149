import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SeedClaim } from "../types";
import { aiDollar } from ".";
import { contexts } from "./contexts";
import { revision } from "./revision";

const { paragraphs, claims } = aiDollar;
const byKey = new Map(claims.map((c) => [c.key, c]));

/** The keys of version 1 of the map, as published: evidence and votes may hang on any of them. */
const versionOneKeys =
  "thesis compute-irreplaceable core-resources-shift nvidia-share us-capital-supply-chain cloud-big-four china-export-limits huang-accelerated-computing sources-of-lock-in dollar-settlement stablecoin-legislation stablecoin-settlement gulf-anchor new-gulf-needed gulf-swf-size saudi-vision-2030 uae-ai-strategy-2031 qatar-ai-framework gulf-energy gulf-recycling-loop g42-microsoft mubadala-stargate pif-ai-investment saudi-pledge gulf-capital-hub policy-soil chips-act export-controls ai-action-plan model-ecosystem petrodollar-template saudi-dollar-agreement gulf-treasuries gulf-security petrodollar-logic narrative-origins term-from-commentators nscai-final-report nscai-fulcrum nscai-three-ideas cnas-tech-dollar hoover-compute-dollar brookings-rand vc-gdp-from-compute national-security-frame ai-core-of-power compute-key-variable china-in-ai-chain h200-export-decision sacks-huawei gpu-listing-timing could-reshape not-official no-official-proposal narrative-concept feasibility-limited natural-irreplaceability-test lock-in-man-made oil-naturally-limited lock-in-erodes fast-iteration".split(
    " ",
  );

/** +1 if `claim` argues for `ancestor` along its path, −1 if against; undefined if not below it. */
function signTowards(claim: SeedClaim, ancestor: string): 1 | -1 | undefined {
  let sign: 1 | -1 = 1;
  for (let c: SeedClaim | undefined = claim; c?.parent; c = byKey.get(c.parent)) {
    if (c.relation === "opposes") sign = sign === 1 ? -1 : 1;
    if (c.parent === ancestor) return sign;
  }
  return undefined;
}

const depth = (claim: SeedClaim): number =>
  claim.parent === null ? 0 : 1 + depth(byKey.get(claim.parent)!);

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

  it("forms one tree rooted at the thesis, every parent listed before its children", () => {
    expect(new Set(claims.map((c) => c.key)).size).toBe(claims.length);
    expect(claims.filter((c) => c.parent === null).map((c) => c.key)).toEqual(["thesis"]);
    const seen = new Set<string>();
    for (const claim of claims) {
      expect(claim.relation === null, claim.key).toBe(claim.parent === null);
      if (claim.parent !== null) expect(seen.has(claim.parent), claim.key).toBe(true);
      seen.add(claim.key);
    }
  });

  it("says whose assertion each claim is: the editor exactly for the editor's note (paragraphs 1–4)", () => {
    for (const claim of claims) {
      expect(claim.attribution.by === "editor", claim.key).toBe(claim.anchor.paragraph <= 4);
      if (claim.attribution.by === "source") {
        expect(claim.attribution.nameZh.trim(), claim.key).not.toBe("");
        expect(claim.attribution.nameEn.trim(), claim.key).not.toBe("");
      }
    }
    const sources = claims.filter((c) => c.attribution.by === "source").map((c) => c.key);
    expect(sources).toEqual(
      expect.arrayContaining(["nscai-fulcrum", "huang-accelerated-computing", "nvidia-share"]),
    );
  });

  it("accounts for every claim of version 1: kept, merged, split (old id on the first part) or retired", () => {
    const { merged, split, retired } = revision;
    expect(revision.version).toBe(2);
    for (const key of versionOneKeys) {
      const fates = [byKey.has(key), key in merged, key in retired].filter(Boolean);
      expect(fates, key).toHaveLength(1);
    }
    for (const [old, survivor] of Object.entries(merged)) {
      expect(versionOneKeys, old).toContain(old);
      expect(byKey.has(survivor), `${old} → ${survivor}`).toBe(true);
    }
    for (const [old, parts] of Object.entries(split)) {
      expect(versionOneKeys, old).toContain(old);
      expect(parts[0], old).toBe(old);
      expect(parts.length, old).toBeGreaterThan(1);
      for (const part of parts) expect(byKey.has(part), `${old} → ${part}`).toBe(true);
      for (const part of parts.slice(1)) expect(versionOneKeys, part).not.toContain(part);
    }
    for (const [old, successors] of Object.entries(retired)) {
      expect(versionOneKeys, old).toContain(old);
      expect(successors.length, old).toBeGreaterThan(0);
      for (const s of successors) expect(byKey.has(s), `${old} → ${s}`).toBe(true);
    }
  });

  it("maps every body paragraph, as claims or as context, at the grain of one assertion a claim", () => {
    expect(claims.length).toBeGreaterThanOrEqual(80);
    expect(claims.length).toBeLessThanOrEqual(110);
    const children = new Map<string, number>();
    for (const c of claims) if (c.parent) children.set(c.parent, (children.get(c.parent) ?? 0) + 1);
    for (const [key, count] of children) expect(count, key).toBeLessThanOrEqual(10);
    paragraphs.forEach((p, i) => {
      const n = i + 1;
      if (p.kind !== "body") return;
      const mapped = claims.some((c) => c.anchor.paragraph === n);
      const noted = contexts.some((c) => c.paragraph === n);
      expect(mapped || noted, `paragraph ${n}`).toBe(true);
    });
    for (const context of contexts) {
      expect(paragraphs[context.paragraph - 1]?.kind, `context ${context.paragraph}`).toBe("body");
      expect(context.noteZh.trim()).not.toBe("");
      expect(context.noteEn.trim()).not.toBe("");
    }
  });

  it("gives pros and cons below the thesis at every level down to the fourth", () => {
    for (const level of [1, 2, 3, 4]) {
      const relations = new Set(claims.filter((c) => depth(c) === level).map((c) => c.relation));
      expect([...relations].sort(), `level ${level}`).toEqual(["opposes", "supports"]);
    }
  });

  it("draws the essay's own tensions as claims against what they pull against", () => {
    const tensions: [string, string][] = [
      ["h200-export-decision", "controls-limit-rivals"], // P1 exports permitted vs P31 controls
      ["no-official-proposal", "policy-soil"], // P29 vs P36
      ["nscai-no-term", "narrative-origins"], // P15 vs P3/P13
      ["term-from-commentators", "narrative-origins"], // P13: 但
      ["lock-in-man-made", "compute-irreplaceable"], // P48 vs P27
      ["irreplaceability-unlike-oil", "compute-irreplaceable"], // P47 vs P27
      ["capital-narrative", "compute-irreplaceable"], // P26: Huang discounted
      ["not-official", "thesis"],
      ["feasibility-limited", "thesis"],
    ];
    for (const [claim, against] of tensions) {
      expect(signTowards(byKey.get(claim)!, against), `${claim} vs ${against}`).toBe(-1);
    }
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
      "1973",
    ];
    for (const figure of figures) {
      const owner = claims.find((c) => c.kind === "factual" && c.anchor.quote.includes(figure));
      expect(owner, figure).toBeDefined();
    }
  });
});
