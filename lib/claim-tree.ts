import type { ClaimView } from "./debates";

export type ClaimNode = ClaimView & {
  children: ClaimNode[];
  /** How many claims it has under it in all, when `children` leaves some out (`cutClaimTree`). */
  inAll?: number;
};

/** Arranges a debate's claims (parents before children, in essay order) into the tree. */
export function buildClaimTree(claims: ClaimView[]): ClaimNode | null {
  const nodes = new Map(claims.map((c) => [c.id, { ...c, children: [] as ClaimNode[] }]));
  let root: ClaimNode | null = null;
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else if (node.parentId === null) root = node;
  }
  return root;
}

/** The chain from the thesis down to the claim's parent. */
export function ancestorsOf(claims: ClaimView[], id: string): ClaimView[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const chain: ClaimView[] = [];
  let current = byId.get(id)?.parentId;
  while (current) {
    const claim = byId.get(current);
    if (!claim) break;
    chain.unshift(claim);
    current = claim.parentId;
  }
  return chain;
}

export function countDescendants(node: ClaimNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

/**
 * The tree without the claims `leaveOut` names (and what lies under them), each node keeping
 * how many claims it has under it in the whole tree: the debate page's tree (decision 0033).
 */
export function cutClaimTree(node: ClaimNode, leaveOut: (c: ClaimView) => boolean): ClaimNode {
  return {
    ...node,
    children: node.children.filter((c) => !leaveOut(c)).map((c) => cutClaimTree(c, leaveOut)),
    inAll: countDescendants(node),
  };
}

/**
 * The tree cut down to the claims that pass `keep` and the path from the thesis to each
 * (so a kept claim is still read under its parent). The thesis always stays.
 */
export function filterClaimTree(node: ClaimNode, keep: (c: ClaimView) => boolean): ClaimNode {
  const prune = (n: ClaimNode): ClaimNode | null => {
    const children = n.children.map(prune).filter((c): c is ClaimNode => c !== null);
    return keep(n) || children.length > 0 ? { ...n, children } : null;
  };
  return prune(node) ?? { ...node, children: [] };
}

/** Whether `id` is `root` or lies under it: a claim cannot be moved or merged into its own branch. */
export function isInSubtree(
  claims: { id: string; parentId: string | null }[],
  root: string,
  id: string,
): boolean {
  const parent = new Map(claims.map((c) => [c.id, c.parentId]));
  for (let c: string | null | undefined = id; c; c = parent.get(c)) if (c === root) return true;
  return false;
}
