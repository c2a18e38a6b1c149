import { describe, expect, it } from "vitest";
import { getDebate, listDebates } from "@/lib/debates";
import { buildClaimTree, ancestorsOf } from "@/lib/claim-tree";

describe("the debates data layer", () => {
  it("lists the seeded debate with its thesis at the neutral score", async () => {
    const debates = await listDebates();
    expect(debates).toHaveLength(1);
    expect(debates[0]!.thesis).toMatchObject({
      id: "thesis",
      parentId: null,
      tally: { score: 50 },
    });
  });

  it("returns the debate in its public room with one tree of every claim", async () => {
    const debate = await getDebate("ai-dollar");
    expect(debate?.roomId).toBe("ai-dollar-public");
    const tree = buildClaimTree(debate!.claims)!;
    const count = (n: typeof tree): number => 1 + n.children.reduce((s, c) => s + count(c), 0);
    expect(count(tree)).toBe(debate!.claims.length);
    expect(ancestorsOf(debate!.claims, "oil-naturally-limited").map((c) => c.id)).toEqual([
      "thesis",
      "feasibility-limited",
      "natural-irreplaceability-test",
    ]);
  });

  it("answers null for an unknown debate", async () => {
    expect(await getDebate("no-such-debate")).toBeNull();
  });
});
