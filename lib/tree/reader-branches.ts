import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { rooms } from "@/db/schema";
import { roomClaims, type ClaimView } from "../debates";
import { notFound } from "../errors";
import { roomOfDebateSlug } from "../rooms";
import type { Viewer } from "../session";

/**
 * Readers' claims on the debate page come on demand, one branch at a time (decision 0032): the
 * page itself (cached, the same for every reader) holds the essay's claims only. Every answer
 * here is for one room, read through `roomClaims`, which lets only a class's members read a
 * class room.
 */

const isReaders = (claim: ClaimView) => claim.proposedBy !== null;

// Every view of the debate page asks for the counts: kept per room and process until the room's
// tree changes shape (a proposal, move, merge, hide: each bumps its tree revision), as the
// tally keeps its shape (lib/tally/update.ts).
const countsByRoom = new Map<string, { treeRevision: number; counts: Record<string, number> }>();

/** How many readers' claims hang directly under each of the essay's claims in the room. */
export async function readerBranchCounts(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<Record<string, number>> {
  const room = await roomOfDebateSlug(slug, roomId, viewer); // the access check, every time
  const [{ treeRevision }] = (await db
    .select({ treeRevision: rooms.treeRevision })
    .from(rooms)
    .where(eq(rooms.id, room.id))) as [{ treeRevision: number }];
  const kept = countsByRoom.get(room.id);
  if (kept && kept.treeRevision === treeRevision) return kept.counts;
  const claims = await roomClaims(slug, room.id, viewer);
  const essay = new Set(claims.filter((c) => !isReaders(c)).map((c) => c.id));
  const counts: Record<string, number> = {};
  for (const claim of claims)
    if (isReaders(claim) && claim.parentId && essay.has(claim.parentId))
      counts[claim.parentId] = (counts[claim.parentId] ?? 0) + 1;
  countsByRoom.set(room.id, { treeRevision, counts });
  return counts;
}

/**
 * The readers' claims under one of the essay's claims, with everything proposed under them, in
 * the tree's order (parents before children): the branch the page draws when it is opened.
 */
export async function readerBranch(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
  essayClaimId: string,
): Promise<ClaimView[]> {
  const claims = await roomClaims(slug, roomId, viewer);
  const root = claims.find((c) => c.id === essayClaimId);
  if (!root || isReaders(root)) throw notFound("claim");
  const children = new Map<string, ClaimView[]>();
  for (const claim of claims)
    if (isReaders(claim) && claim.parentId)
      children.set(claim.parentId, [...(children.get(claim.parentId) ?? []), claim]);
  // Breadth first from the essay's claim: parents before children whatever order they came in
  // (a moderator may move a claim under a later one).
  const branch: ClaimView[] = [];
  for (let i = -1; i < branch.length; i++)
    branch.push(...(children.get(i < 0 ? essayClaimId : branch[i]!.id) ?? []));
  return branch;
}

/**
 * Where a reader's claim hangs in the page's tree: the essay's claim whose branch holds it, or
 * the claim itself when it is the essay's (for "expand to a claim" on the page).
 */
export async function branchOfClaim(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
  claimId: string,
): Promise<string> {
  const claims = await roomClaims(slug, roomId, viewer);
  const byId = new Map(claims.map((c) => [c.id, c]));
  let claim = byId.get(claimId);
  while (claim && isReaders(claim)) claim = claim.parentId ? byId.get(claim.parentId) : undefined;
  if (!claim) throw notFound("claim");
  return claim.id;
}
