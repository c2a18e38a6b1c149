import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { buildClaimTree, type ClaimNode } from "../claim-tree";
import type { ClaimView } from "../debates";
import { afterView, previousVisit, visitGapMs } from "./last-visit";
import {
  parseTreeQuery,
  queryClaimTree,
  searchFormKey,
  splitOnSearch,
  stancesOf,
  treeQueryKeys,
  wantsTreeSearch,
} from "./query";

const claim = (id: string, parentId: string | null, more: Partial<ClaimView> = {}) =>
  ({
    id,
    parentId,
    relation: parentId ? "supports" : null,
    kind: "factual",
    textZh: "",
    textEn: "",
    factCheck: null,
    tally: { score: 50 },
    ...more,
  }) as ClaimView;

const tree = buildClaimTree([
  claim("thesis", null),
  claim("for", "thesis", { textZh: "美元體系", textEn: "The Dollar system" }),
  claim("against", "thesis", { relation: "opposes", kind: "causal", tally: { score: 55 } }),
  claim("against-undercut", "against", { relation: "opposes", textEn: "dollar again" }),
  claim("against-backed", "against", { kind: "predictive", tally: { score: 80 } }),
])!;
const ids = (n: ClaimNode): unknown => [n.id, n.children.map(ids)];
const none = { votes: new Map<string, number>() };

describe("the tree query", () => {
  it("reads known parameters only, trimmed, and ignores the rest", () => {
    expect(parseTreeQuery({ q: "  chips ", kind: "causal", stance: "sideways", new: "1" })).toEqual(
      { q: "chips", kind: "causal", new: true },
    );
    expect(parseTreeQuery({ q: "", contested: "yes", lang: "en" })).toEqual({});
    expect(wantsTreeSearch({ search: "1" })).toBe(true);
    expect(wantsTreeSearch({ q: "" })).toBe(true);
    expect(wantsTreeSearch({ lang: "en", claim: "thesis" })).toBe(false);
  });

  it("gives each claim its side of the thesis: an opposer of an opposer argues for it", () => {
    const sides = stancesOf(tree);
    expect(Object.fromEntries(sides)).toEqual({
      for: "for",
      against: "against",
      "against-undercut": "for",
      "against-backed": "against",
    });
  });

  it("searches both languages, case-insensitively, keeping the path to each hit", () => {
    expect(ids(queryClaimTree(tree, { q: "美元" }, none).tree)).toEqual(["thesis", [["for", []]]]);
    const dollar = queryClaimTree(tree, { q: "DOLLAR" }, none);
    expect(dollar.matches).toBe(2);
    expect(ids(dollar.tree)).toEqual([
      "thesis",
      [
        ["for", []],
        ["against", [["against-undercut", []]]],
      ],
    ]);
  });

  it("filters by kind, side, contested and new, all together", () => {
    expect(queryClaimTree(tree, { stance: "for" }, none).matches).toBe(2);
    expect(queryClaimTree(tree, { stance: "against", kind: "predictive" }, none).matches).toBe(1);
    const votes = new Map([
      ["against", 3],
      ["against-backed", 9],
      ["for", 2],
    ]);
    // against: 55 with 3 votes (contested); against-backed: 80 (decided); for: 50 with 2 votes.
    expect(ids(queryClaimTree(tree, { contested: true }, { votes }).tree)).toEqual([
      "thesis",
      [["against", []]],
    ]);
    const newSince = new Set(["against-backed"]);
    expect(queryClaimTree(tree, { new: true }, { votes, newSince }).matches).toBe(1);
    expect(queryClaimTree(tree, { new: true }, none).matches).toBe(0);
  });

  it("marks every hit in a text", () => {
    expect(splitOnSearch("Dollar, dollar", "dollar")).toEqual([
      { text: "Dollar", hit: true },
      { text: ", ", hit: false },
      { text: "dollar", hit: true },
    ]);
    expect(splitOnSearch("美元體系", "體系")).toEqual([
      { text: "美元", hit: false },
      { text: "體系", hit: true },
    ]);
  });

  it("sends every tree query to the per-request page: each key is in the rewrites' `missing`", async () => {
    const rewrites = await nextConfig.rewrites!();
    const rules = Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles!;
    for (const rule of rules.filter((r) => r.destination.includes("/public/"))) {
      const missing = (rule.missing ?? []).map((m) => ("key" in m ? m.key : ""));
      for (const key of [...treeQueryKeys, searchFormKey, "room"]) expect(missing).toContain(key);
    }
  });
});

describe("the last visit", () => {
  it("starts a new visit after a gap, and keeps the previous one during a visit", () => {
    const first = afterView(undefined, 1000);
    expect(previousVisit(first)).toBeUndefined();
    const sameVisit = afterView(first, 1000 + 60_000);
    expect(previousVisit(sameVisit)).toBeUndefined();
    const later = afterView(sameVisit, 1000 + 60_000 + visitGapMs + 1);
    expect(previousVisit(later)).toEqual(new Date(1000 + 60_000));
    expect(previousVisit(afterView(later, 1000 + 60_000 + visitGapMs + 2))).toEqual(
      new Date(1000 + 60_000),
    );
    expect(previousVisit("garbage.x")).toBeUndefined();
  });
});
