import type { ClaimView } from "../debates";

/**
 * How deep the essay's tree goes in the debate page itself: the thesis (0) and one level
 * under it. Everything deeper, and every claim a reader proposed, is a branch the page loads
 * when it is opened (decisions 0032, 0033).
 */
export const PAGE_DEPTH = 1;

/**
 * The one rule for what the debate page leaves to be loaded on demand: readers' claims, and
 * the essay's claims below `PAGE_DEPTH`. Takes the room's claims, in any order (a moderator may
 * move a claim under a later one).
 */
export function onDemandRule(claims: ClaimView[]): (claim: ClaimView) => boolean {
  const parentOf = new Map(claims.map((c) => [c.id, c.parentId]));
  const depthOf = (id: string): number => {
    let depth = 0;
    for (let p = parentOf.get(id); p && depth <= PAGE_DEPTH; p = parentOf.get(p)) depth++;
    return depth;
  };
  return (claim) => claim.proposedBy !== null || depthOf(claim.id) > PAGE_DEPTH;
}
