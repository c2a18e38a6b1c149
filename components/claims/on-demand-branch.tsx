"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { TALLY_EVENT, type TallyEvent } from "@/components/live/live-tally";
import type { ClaimNode } from "@/lib/claim-tree";
import type { ClaimView } from "@/lib/debates";
import type { View } from "@/lib/language";
import { branchesUrl } from "./branches-url";
import { ClaimTreeNode } from "./claim-tree";

type Props = { slug: string; view: View };
type Counts = { counts: Record<string, number>; below: Record<string, number> };

/**
 * The claims the page itself never holds (decisions 0032, 0033): readers' claims, and the
 * essay's below the page's depth. Asks how many wait under each claim of the page, and puts a
 * closed branch saying so into each of those claims' place in the tree (a portal into its
 * `<li>`: no markup per claim in the page). When the live stream scores a claim the page has
 * not heard of, someone may have proposed one: the counts are asked again (once per such
 * claim), so the branches grow in place.
 */
export function OnDemandBranches({ slug, view }: Props) {
  const [counts, setCounts] = useState<Counts>({ counts: {}, below: {} });
  const known = useRef(new Set<string>());
  const know = useCallback((ids: string[]) => ids.forEach((id) => known.current.add(id)), []);

  useEffect(() => {
    let current = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      fetch(branchesUrl(slug, view.room))
        .then((r) => (r.ok ? (r.json() as Promise<Counts>) : null))
        .then((answer) => current && answer && setCounts(answer))
        .catch(() => {}); // no counts, no branches: the page's tree still reads
    void load();
    const onTally = (e: Event) => {
      const { scores } = (e as CustomEvent<TallyEvent>).detail;
      // The essay's deeper claims are scored from the first event on: each unseen claim asks
      // once, so only a claim new since then asks again.
      const unseen = Object.keys(scores).filter((id) => !known.current.has(id) && !claimItem(id));
      if (unseen.length === 0) return;
      know(unseen);
      if (again) return;
      again = setTimeout(() => {
        again = undefined;
        void load();
      }, 1000);
    };
    window.addEventListener(TALLY_EVENT, onTally);
    return () => {
      current = false;
      clearTimeout(again);
      window.removeEventListener(TALLY_EVENT, onTally);
    };
  }, [slug, view.room, know]);

  const branches = [
    ...Object.entries(counts.below).map(([id, count]) => ({ id, count, essay: true })),
    ...Object.entries(counts.counts).map(([id, count]) => ({ id, count, essay: false })),
  ];
  return branches.map(({ id, count, essay }) => {
    const slot = slotOf(id);
    return (
      slot &&
      createPortal(
        <OnDemandBranch
          claimId={id}
          count={count}
          essay={essay}
          slug={slug}
          view={view}
          onLoaded={know}
        />,
        slot,
        `${essay ? "essay" : "readers"}:${id}`,
      )
    );
  });
}

const claimItem = (claimId: string) =>
  document.querySelector(`#argument-tree li[data-claim-id="${CSS.escape(claimId)}"]`);

/** The element at the end of the claim's `<li>` that holds its branch loaded on demand. */
function slotOf(claimId: string): HTMLElement | null {
  const item = claimItem(claimId);
  if (!item) return null;
  const existing = item.querySelector<HTMLElement>(":scope > [data-branch-slot]");
  if (existing) return existing;
  const slot = document.createElement("div");
  slot.dataset.branchSlot = "";
  item.append(slot);
  return slot;
}

type Loaded = { count: number; nodes: ClaimNode[] } | "failed" | null;

/**
 * One branch under a claim of the page: closed, saying how many claims wait in it (readers'
 * claims, or more of the essay's), its claims asked for when it is opened (by click, keyboard,
 * "Expand all" or "expand to a claim"), and again if the count moves while it is loaded.
 */
function OnDemandBranch({
  claimId,
  count,
  essay,
  slug,
  view,
  onLoaded,
}: Props & {
  claimId: string;
  count: number;
  /** The essay's claims below the page's depth (with readers' under them), not readers' claims. */
  essay: boolean;
  onLoaded: (ids: string[]) => void;
}) {
  const t = useTranslations("treeNav");
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const fresh = loaded !== null && loaded !== "failed" && loaded.count === count;

  useEffect(() => {
    if (!open || fresh || loaded === "failed") return;
    let current = true;
    fetch(
      branchesUrl(slug, view.room, `${essay ? "below" : "under"}=${encodeURIComponent(claimId)}`),
    )
      .then((r) => (r.ok ? (r.json() as Promise<{ claims: ClaimView[] }>) : Promise.reject()))
      .then(({ claims }) => {
        if (!current) return;
        onLoaded(claims.map((c) => c.id));
        setLoaded({ count, nodes: nodesUnder(claimId, claims) });
      })
      .catch(() => current && setLoaded("failed"));
    return () => {
      current = false;
    };
  }, [open, fresh, loaded, count, essay, slug, view.room, claimId, onLoaded]);

  return (
    <details
      className="tree-branch"
      data-reader-branch={essay ? undefined : claimId}
      data-essay-branch={essay ? claimId : undefined}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen && loaded === "failed") setLoaded(null); // opening again tries again
      }}
    >
      <summary>{t(essay ? "claimsBelow" : "readerClaims", { count })}</summary>
      {loaded !== null && loaded !== "failed" ? (
        <ul>
          {loaded.nodes.map((node) => (
            <ClaimTreeNode key={node.id} node={node} slug={slug} view={view} />
          ))}
        </ul>
      ) : (
        <p role="status" className="text-sm text-stone-700">
          {loaded === "failed" ? t("branchFailed") : open ? t("branchLoading") : null}
        </p>
      )}
    </details>
  );
}

/** The branch's claims as nested nodes under the essay's claim they hang from. */
function nodesUnder(rootId: string, claims: ClaimView[]): ClaimNode[] {
  const nodes = new Map(claims.map((c) => [c.id, { ...c, children: [] as ClaimNode[] }]));
  const top: ClaimNode[] = [];
  for (const node of nodes.values())
    if (node.parentId === rootId) top.push(node);
    else if (node.parentId) nodes.get(node.parentId)?.children.push(node);
  return top;
}
