import { describe, expect, it } from "vitest";
import { buildClaimTree, filterClaimTree } from "./claim-tree";
import type { ClaimView } from "./debates";

const claim = (id: string, parentId: string | null, factCheck: ClaimView["factCheck"] = null) =>
  ({ id, parentId, factCheck }) as ClaimView;

describe("the tree filtered by fact-check", () => {
  it("keeps matching claims with the path to them, and the thesis", () => {
    const tree = buildClaimTree([
      claim("thesis", null),
      claim("a", "thesis"),
      claim("a1", "a", "disputed"),
      claim("a2", "a", "accurate"),
      claim("b", "thesis", "accurate"),
    ])!;
    const ids = (n: ReturnType<typeof filterClaimTree>): unknown => [n.id, n.children.map(ids)];
    expect(ids(filterClaimTree(tree, (c) => c.factCheck === "disputed"))).toEqual([
      "thesis",
      [["a", [["a1", []]]]],
    ]);
    expect(ids(filterClaimTree(tree, (c) => c.factCheck === "inaccurate"))).toEqual(["thesis", []]);
  });
});
