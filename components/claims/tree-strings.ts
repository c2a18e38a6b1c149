import type { ClaimKind } from "@/db/schema/enums";
import type { TreeStance } from "@/lib/tree/query";

/** The words of finding your way in the tree, in one place for the coming translation (issue 12 item 1). */
export const treeStrings = {
  expandAll: "Expand all",
  collapseAll: "Collapse all",
  skipToTree: "Skip to the argument tree",
  views: "Show",
  essay: "Essay",
  tree: "Tree",
  map: "Map",
  backToTree: "Back to the tree",
  searchAndFilter: "Search and filter the tree",
  search: "Search claims (中文 or English)",
  kind: "Kind",
  stance: "Side",
  check: "Fact-check",
  any: "Any",
  kinds: {
    factual: "Factual",
    causal: "Causal",
    predictive: "Predictive",
    normative: "Normative",
  } satisfies Record<ClaimKind, string>,
  stances: { for: "For the thesis", against: "Against the thesis" } satisfies Record<
    TreeStance,
    string
  >,
  contested: "Contested (near 50, with 3 or more votes)",
  newSinceVisit: "New since my last visit",
  apply: "Show",
  clear: "Show the whole tree",
  matches: (n: number) =>
    n === 1
      ? "1 claim matches, shown under its parents."
      : `${n} claims match, shown under their parents.`,
  noEarlierVisit: "This browser has no earlier visit to this debate, so nothing is new to you yet.",
} as const;
