import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { rooms } from "@/db/schema";
import { roomClaims, type ClaimView } from "../debates";
import { notFound } from "../errors";
import { roomOfDebateSlug } from "../rooms";
import type { Viewer } from "../session";
import { onDemandRule } from "./on-demand";

/**
 * The claims the debate page leaves out come on demand, one branch at a time: readers' claims
 * (decision 0032) and the essay's claims below the page's depth (decision 0033), by one rule
 * (`onDemandRule`). Each branch hangs under a claim the page holds. Every answer here is for one
 * room, read through `roomClaims`, which lets only a class's members read a class room.
 */

/**
 * What waits under each claim of the page. A claim of the page may have two branches: the
 * readers' claims proposed under it, and (at the page's depth) the essay's claims under it
 * that the page leaves out, each with everything proposed under them.
 */
export type BranchCounts = {
  /** How many readers' claims hang directly under it. */
  counts: Record<string, number>;
  /** How many claims its branch of the essay's deeper claims holds in all. */
  below: Record<string, number>;
};

/** Which of a page claim's two branches: its readers' claims, or the essay's deeper claims. */
export type BranchKind = "readers" | "essay";

/** Where each claim hangs in the page: the page's claim above it, and in which of its branches. */
function branchesIn(claims: ClaimView[]) {
  const onDemand = onDemandRule(claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const placeOf = (claim: ClaimView | undefined) => {
    let top = claim;
    while (claim && onDemand(claim)) {
      top = claim;
      claim = claim.parentId ? byId.get(claim.parentId) : undefined;
    }
    if (!claim) return undefined;
    const kind: BranchKind | null =
      top === claim ? null : top!.proposedBy === null ? "essay" : "readers";
    return { root: claim, kind, top: top! };
  };
  return { onDemand, placeOf };
}

// Every view of the debate page asks for the counts: kept per room and process until the room's
// tree changes shape (a proposal, move, merge, hide: each bumps its tree revision), as the
// tally keeps its shape (lib/tally/kept.ts).
const countsByRoom = new Map<string, { treeRevision: number; counts: BranchCounts }>();

/** What waits under each claim of the page in the room, for the closed branches it shows. */
export async function branchCounts(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<BranchCounts> {
  const room = await roomOfDebateSlug(slug, roomId, viewer); // the access check, every time
  const [{ treeRevision }] = (await db
    .select({ treeRevision: rooms.treeRevision })
    .from(rooms)
    .where(eq(rooms.id, room.id))) as [{ treeRevision: number }];
  const kept = countsByRoom.get(room.id);
  if (kept && kept.treeRevision === treeRevision) return kept.counts;
  const claims = await roomClaims(slug, room.id, viewer);
  const { placeOf } = branchesIn(claims);
  const counts: BranchCounts = { counts: {}, below: {} };
  for (const claim of claims) {
    const place = placeOf(claim);
    if (!place?.kind) continue;
    const id = place.root.id;
    if (place.kind === "essay") counts.below[id] = (counts.below[id] ?? 0) + 1;
    else if (place.top === claim) counts.counts[id] = (counts.counts[id] ?? 0) + 1;
  }
  countsByRoom.set(room.id, { treeRevision, counts });
  return counts;
}

/**
 * One branch under a claim of the page, at every depth, in the tree's order (parents before
 * children): the readers' claims proposed under it, or the essay's deeper claims (decision
 * 0033), each with everything under them. What the page draws when the branch is opened.
 */
export async function branchUnder(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
  pageClaimId: string,
  kind: BranchKind = "readers",
): Promise<ClaimView[]> {
  const claims = await roomClaims(slug, roomId, viewer);
  const { onDemand } = branchesIn(claims);
  const root = claims.find((c) => c.id === pageClaimId);
  if (!root || onDemand(root)) throw notFound("claim");
  const ofKind = (c: ClaimView) => (c.proposedBy === null) === (kind === "essay");
  const children = new Map<string, ClaimView[]>();
  for (const claim of claims)
    if (onDemand(claim) && claim.parentId && (claim.parentId !== pageClaimId || ofKind(claim)))
      children.set(claim.parentId, [...(children.get(claim.parentId) ?? []), claim]);
  // Breadth first from the page's claim: parents before children whatever order they came in
  // (a moderator may move a claim under a later one).
  const branch: ClaimView[] = [];
  for (let i = -1; i < branch.length; i++)
    branch.push(...(children.get(i < 0 ? pageClaimId : branch[i]!.id) ?? []));
  return branch;
}

/**
 * Where a claim hangs in the page's tree: the claim of the page with the branch that holds it,
 * or the claim itself when the page holds it (for "expand to a claim").
 */
export async function branchOfClaim(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
  claimId: string,
): Promise<string> {
  const claims = await roomClaims(slug, roomId, viewer);
  const place = branchesIn(claims).placeOf(claims.find((c) => c.id === claimId));
  if (!place) throw notFound("claim");
  return place.root.id;
}
