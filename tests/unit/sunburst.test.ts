import { describe, expect, it } from "vitest";
import type { ClaimNode } from "@/lib/claim-tree";
import { arcPath, sunburst } from "@/lib/sunburst";

const claim = (id: string, relation: ClaimNode["relation"], children: ClaimNode[] = []) =>
  ({ id, relation, children, tally: { score: 50 } }) as unknown as ClaimNode;

// thesis ─ a (supports) ─ a1 (opposes), a2 (supports)
//        └ b (opposes) ─ b1 (opposes) ─ b11 (supports)
//        └ c (supports)
const tree = claim("thesis", null, [
  claim("a", "supports", [claim("a1", "opposes"), claim("a2", "supports")]),
  claim("b", "opposes", [claim("b1", "opposes", [claim("b11", "supports")])]),
  claim("c", "supports"),
]);
const FULL = 2 * Math.PI;

describe("the argument map's layout", () => {
  const segments = sunburst(tree);
  const byId = new Map(segments.map((s) => [s.node.id, s]));

  it("gives every claim one segment", () => {
    expect(segments.map((s) => s.node.id).sort()).toEqual(
      ["a", "a1", "a2", "b", "b1", "b11", "c", "thesis"].sort(),
    );
  });

  it("fills the full circle at the centre, and each ring's children tile their parent", () => {
    expect(byId.get("thesis")!.end - byId.get("thesis")!.start).toBeCloseTo(FULL);
    for (const parent of segments.filter((s) => s.node.children.length > 0)) {
      const kids = parent.node.children.map((c) => byId.get(c.id)!);
      const total = kids.reduce((sum, k) => sum + (k.end - k.start), 0);
      expect(total).toBeCloseTo(parent.end - parent.start);
      for (const kid of kids) {
        expect(kid.start).toBeGreaterThanOrEqual(parent.start - 1e-9);
        expect(kid.end).toBeLessThanOrEqual(parent.end + 1e-9);
        expect(kid.depth).toBe(parent.depth + 1);
      }
    }
  });

  it("sizes a segment by its leaves", () => {
    // a has two leaves, b one, c one: a takes half the circle.
    const a = byId.get("a")!;
    expect(a.end - a.start).toBeCloseTo(FULL / 2);
    expect(byId.get("c")!.end - byId.get("c")!.start).toBeCloseTo(FULL / 4);
  });

  it("colours by stance toward the thesis, following the signs down the path", () => {
    const stance = (id: string) => byId.get(id)!.stance;
    expect(stance("thesis")).toBe("thesis");
    expect(stance("a")).toBe("for");
    expect(stance("a1")).toBe("against");
    expect(stance("a2")).toBe("for");
    expect(stance("b")).toBe("against");
    expect(stance("b1")).toBe("for"); // opposing an objection argues for the thesis
    expect(stance("b11")).toBe("for");
  });

  it("draws a whole circle as a closed disc and a slice as one sector", () => {
    expect(arcPath(0, 10, 0, FULL)).toMatch(/^M 0.00 -10.00 A .* Z$/);
    expect(arcPath(5, 10, 0, Math.PI / 2)).toBe(
      "M 0.00 -10.00 A 10 10 0 0 1 10.00 0.00 L 5.00 0.00 A 5 5 0 0 0 0.00 -5.00 Z",
    );
  });
});
