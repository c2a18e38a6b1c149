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

/**
 * The readers' claims of the room, which the page itself never holds (decision 0032): asks how
 * many hang under each of the essay's claims, and puts a closed branch saying so into each of
 * those claims' place in the tree (a portal into its `<li>`: no markup per claim in the page).
 * When the live stream scores a claim the page has not seen, someone proposed one: the counts
 * are asked again, so the branches grow in place.
 */
export function ReaderBranches({ slug, view }: Props) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const loaded = useRef(new Set<string>());
  const know = useCallback((ids: string[]) => ids.forEach((id) => loaded.current.add(id)), []);

  useEffect(() => {
    let current = true;
    let again: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      fetch(branchesUrl(slug, view.room))
        .then((r) => (r.ok ? (r.json() as Promise<{ counts: Record<string, number> }>) : null))
        .then((answer) => current && answer && setCounts(answer.counts))
        .catch(() => {}); // no counts, no branches: the essay's tree still reads
    void load();
    const onTally = (e: Event) => {
      const { scores } = (e as CustomEvent<TallyEvent>).detail;
      const unseen = (id: string) => !loaded.current.has(id) && !claimItem(id);
      if (again || !Object.keys(scores).some(unseen)) return;
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
  }, [slug, view.room]);

  return Object.entries(counts).map(([claimId, count]) => {
    const slot = slotOf(claimId);
    return (
      slot &&
      createPortal(
        <ReaderBranch claimId={claimId} count={count} slug={slug} view={view} onLoaded={know} />,
        slot,
        claimId,
      )
    );
  });
}

const claimItem = (claimId: string) =>
  document.querySelector(`#argument-tree li[data-claim-id="${CSS.escape(claimId)}"]`);

/** The element at the end of the claim's `<li>` that holds its readers' branch. */
function slotOf(claimId: string): HTMLElement | null {
  const item = claimItem(claimId);
  if (!item) return null;
  const existing = item.querySelector<HTMLElement>(":scope > [data-reader-slot]");
  if (existing) return existing;
  const slot = document.createElement("div");
  slot.dataset.readerSlot = "";
  item.append(slot);
  return slot;
}

type Loaded = { count: number; nodes: ClaimNode[] } | "failed" | null;

/**
 * One branch of readers' claims under an essay's claim: closed, saying how many, its claims
 * asked for when it is opened (by click, keyboard, "Expand all" or "expand to a claim"), and
 * again if the count moves while it is loaded.
 */
function ReaderBranch({
  claimId,
  count,
  slug,
  view,
  onLoaded,
}: Props & { claimId: string; count: number; onLoaded: (ids: string[]) => void }) {
  const t = useTranslations("treeNav");
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const fresh = loaded !== null && loaded !== "failed" && loaded.count === count;

  useEffect(() => {
    if (!open || fresh || loaded === "failed") return;
    let current = true;
    fetch(branchesUrl(slug, view.room, `under=${encodeURIComponent(claimId)}`))
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
  }, [open, fresh, loaded, count, slug, view.room, claimId, onLoaded]);

  return (
    <details
      className="tree-branch"
      data-reader-branch={claimId}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen && loaded === "failed") setLoaded(null); // opening again tries again
      }}
    >
      <summary>{t("readerClaims", { count })}</summary>
      {loaded !== null && loaded !== "failed" ? (
        <ul>
          {loaded.nodes.map((node) => (
            <ClaimTreeNode key={node.id} node={node} slug={slug} view={view} />
          ))}
        </ul>
      ) : (
        <p role="status" className="text-sm text-stone-700">
          {loaded === "failed" ? t("readerClaimsFailed") : open ? t("readerClaimsLoading") : null}
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
