import { claimKinds, factCheckStatuses, type ClaimKind } from "@/db/schema/enums";
import type { FactCheckStatus } from "@/db/schema/enums";
import { filterClaimTree, type ClaimNode } from "../claim-tree";
import type { ClaimView } from "../debates";
import { linkTo, type View } from "../language";

/** Which side of the thesis a claim argues, from the signs along its path (see stancesOf). */
export const treeStances = ["for", "against"] as const;
export type TreeStance = (typeof treeStances)[number];

/**
 * What a reader asked of the tree: each field a query parameter of the debate page. Any of them
 * sends the reader to the per-request page (next.config.ts); without them the page is the cached
 * one (docs/decisions/0029-finding-your-way-in-the-tree.md).
 */
export type TreeQuery = {
  q?: string;
  kind?: ClaimKind;
  stance?: TreeStance;
  check?: FactCheckStatus;
  contested?: true;
  new?: true;
};

/** The query parameters that make the debate page per-request (kept in step with next.config.ts). */
export const treeQueryKeys = ["q", "kind", "stance", "check", "contested", "new"] as const;

/** Long enough for any claim's wording; a longer search cannot match and is cut. */
export const searchMaxLength = 100;

type Param = string | string[] | undefined;
const first = (v: Param) => (Array.isArray(v) ? v[0] : v);
const oneOf = <T extends string>(list: readonly T[], v: Param) => list.find((x) => x === first(v));

/** The tree query from the page's search params; unknown values are left out, never an error. */
export function parseTreeQuery(params: Record<string, Param>): TreeQuery {
  const q = first(params.q)?.trim().slice(0, searchMaxLength);
  const query: TreeQuery = {
    q: q || undefined,
    kind: oneOf(claimKinds, params.kind),
    stance: oneOf(treeStances, params.stance),
    check: oneOf(factCheckStatuses, params.check),
    contested: first(params.contested) === "1" ? true : undefined,
    new: first(params.new) === "1" ? true : undefined,
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
}

export const isTreeFiltered = (query: TreeQuery) => Object.keys(query).length > 0;

/**
 * Asks for the search form without a query yet (`?search=1`): the cached page links to it. An
 * empty `?q=` would not do: Next's rewrites treat an empty query value as missing.
 */
export const searchFormKey = "search";

/** Whether the URL asks for the search form: `?search=` or any tree query key. */
export const wantsTreeSearch = (params: Record<string, Param>) =>
  [searchFormKey, ...treeQueryKeys].some((key) => params[key] !== undefined);

/** Each claim's side toward the thesis: the thesis has none; an "opposes" flips the side. */
export function stancesOf(root: ClaimNode): Map<string, TreeStance> {
  const out = new Map<string, TreeStance>();
  const walk = (node: ClaimNode, stance: TreeStance | undefined) => {
    if (stance) out.set(node.id, stance);
    for (const child of node.children) {
      const flips = child.relation === "opposes";
      const own: TreeStance =
        stance === "against" ? (flips ? "for" : "against") : flips ? "against" : "for";
      walk(child, own);
    }
  };
  walk(root, undefined);
  return out;
}

/** Contested: the room is split on it (score within this of 50) and many have voted on it. */
export const contested = { maxDistanceFrom50: 10, minVotes: 3 } as const;

/** What the data layer adds for the filters that need more than the claim itself. */
export type TreeActivity = {
  /** Votes on each claim in the room (claims without any are absent). */
  votes: Map<string, number>;
  /** Claims added, or given evidence, since the reader's last visit; undefined if unknown. */
  newSince?: Set<string>;
};

const normalise = (s: string) => s.toLocaleLowerCase("en");

/** Whether a claim's wording in either language contains the search (case-insensitive). */
export function matchesSearch(claim: Pick<ClaimView, "textZh" | "textEn">, q: string) {
  const needle = normalise(q);
  return normalise(claim.textZh).includes(needle) || normalise(claim.textEn).includes(needle);
}

/** The tree cut to the claims that pass every part of the query, with the path to each. */
export function queryClaimTree(
  root: ClaimNode,
  query: TreeQuery,
  activity: TreeActivity,
): { tree: ClaimNode; matches: number } {
  const stances = stancesOf(root);
  let matches = 0;
  const keep = (c: ClaimView) => {
    const ok =
      (!query.q || matchesSearch(c, query.q)) &&
      (!query.kind || c.kind === query.kind) &&
      (!query.stance || stances.get(c.id) === query.stance) &&
      (!query.check || c.factCheck === query.check) &&
      (!query.contested ||
        (Math.abs(c.tally.score - 50) <= contested.maxDistanceFrom50 &&
          (activity.votes.get(c.id) ?? 0) >= contested.minVotes)) &&
      (!query.new || (activity.newSince?.has(c.id) ?? false));
    if (ok) matches++;
    return ok;
  };
  return { tree: filterClaimTree(root, keep), matches };
}

/** A text cut into the parts that match the search (to be marked) and the rest. */
export function splitOnSearch(
  text: string,
  q: string | undefined,
): { text: string; hit: boolean }[] {
  if (!q) return [{ text, hit: false }];
  const hay = normalise(text);
  const needle = normalise(q);
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  // Lower-casing keeps the length of the texts here (CJK and Latin); fall back to no marks if not.
  if (hay.length !== text.length) return [{ text, hit: false }];
  for (let i = hay.indexOf(needle); i !== -1 && needle; i = hay.indexOf(needle, at)) {
    if (i > at) parts.push({ text: text.slice(at, i), hit: false });
    parts.push({ text: text.slice(i, i + needle.length), hit: true });
    at = i + needle.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/** The debate page with the tree opened at a claim (TreeTools reads `?claim=`; the cached page ignores it). */
export function claimInTree(slug: string, view: View, claimId: string) {
  const base = linkTo(`/debates/${slug}`, view);
  return `${base}${base.includes("?") ? "&" : "?"}claim=${encodeURIComponent(claimId)}#argument-tree`;
}
