import type { ClaimNode } from "./claim-tree";
import { stancesOf } from "./tree/query";

/** Which side of the thesis a claim argues: the sign of its path of supports/opposes. */
export type Stance = "thesis" | "for" | "against";

export type Segment = {
  node: ClaimNode;
  depth: number;
  /** Angles in radians, clockwise from twelve o'clock; [start, end). */
  start: number;
  end: number;
  stance: Stance;
  /** Leaves in the subtree (a leaf counts 1): the segment's share of its ring. */
  size: number;
};

const leaves = (node: ClaimNode): number =>
  node.children.length === 0 ? 1 : node.children.reduce((sum, c) => sum + leaves(c), 0);

/**
 * A radial partition of the claim tree: the thesis fills the centre, each child takes a slice
 * of its parent's arc in proportion to its leaf count, so children tile the parent exactly.
 * Written by hand (~30 lines) rather than pulling in d3-hierarchy (docs/decisions/0022).
 */
export function sunburst(root: ClaimNode): Segment[] {
  const out: Segment[] = [];
  const sides = stancesOf(root);
  const walk = (node: ClaimNode, depth: number, start: number, end: number) => {
    const size = leaves(node);
    out.push({ node, depth, start, end, stance: sides.get(node.id) ?? "thesis", size });
    let at = start;
    for (const child of node.children) {
      const share = ((end - start) * leaves(child)) / size;
      walk(child, depth + 1, at, at + share);
      at += share;
    }
  };
  walk(root, 0, 0, 2 * Math.PI);
  return out;
}

// Rounded to keep the markup short; "-0.00" becomes "0.00".
const fixed = (v: number) => (Math.abs(v) < 0.005 ? 0 : v).toFixed(2);
const point = (r: number, angle: number) =>
  `${fixed(r * Math.sin(angle))} ${fixed(-r * Math.cos(angle))}`;

/** The SVG path of an annular sector (a disc when it is the whole circle with no hole). */
export function arcPath(inner: number, outer: number, start: number, end: number): string {
  if (end - start >= 2 * Math.PI - 1e-9) {
    // A full ring cannot be drawn as one arc; draw two halves (and the hole, if any).
    const ring = (r: number, sweep: 0 | 1) =>
      `M ${point(r, 0)} A ${r} ${r} 0 1 ${sweep} ${point(r, Math.PI)} A ${r} ${r} 0 1 ${sweep} ${point(r, 0)} Z`;
    return inner > 0 ? `${ring(outer, 1)} ${ring(inner, 0)}` : ring(outer, 1);
  }
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M ${point(outer, start)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(outer, end)}`,
    `L ${point(inner, end)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, start)}`,
    "Z",
  ].join(" ");
}

/** How strongly a segment is filled: faint when unconvincing, solid when convincing. */
export const shadeOf = (score: number) => (0.2 + 0.8 * (score / 100)).toFixed(2);
