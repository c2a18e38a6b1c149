"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { afterView, lastVisitCookie } from "@/lib/tree/last-visit";
import { branchesUrl } from "./branches-url";

const branches = () => document.querySelectorAll<HTMLDetailsElement>("#argument-tree details");

/**
 * The tree's script, small on purpose: expand or collapse every branch (each is a <details>,
 * which works by itself without script), open the path to `?claim=` and focus it, and note
 * this view of the debate for "new since my last visit" (lib/tree/last-visit.ts).
 */
export function TreeTools({ slug, room }: { slug: string; room?: string }) {
  const t = useTranslations("treeNav");
  useEffect(() => {
    const cookie = document.cookie
      .split("; ")
      .find((c) => c.startsWith(`${lastVisitCookie}=`))
      ?.slice(lastVisitCookie.length + 1);
    document.cookie = `${lastVisitCookie}=${afterView(cookie, Date.now())}; path=/debates/${slug}; max-age=31536000; samesite=lax`;
    const claimId = new URLSearchParams(location.search).get("claim");
    if (claimId) void revealClaim(claimId, slug, room);
  }, [slug, room]);

  const setAll = (open: boolean) => branches().forEach((d) => (d.open = open));
  return (
    <div className="mb-3 flex gap-2">
      <button type="button" className="tree-tool" onClick={() => setAll(true)}>
        {t("expandAll")}
      </button>
      <button type="button" className="tree-tool" onClick={() => setAll(false)}>
        {t("collapseAll")}
      </button>
    </div>
  );
}

const claimItem = (claimId: string) =>
  document.querySelector<HTMLElement>(`#argument-tree [data-claim-id="${CSS.escape(claimId)}"]`);

/**
 * Opens every branch above the claim, scrolls it into view and moves focus to its link. A
 * claim the page does not hold yet (a reader's, or the essay's below the page's depth) is in a
 * branch loaded on demand (decisions 0032, 0033): the server says which, and opening that
 * branch loads it.
 */
async function revealClaim(claimId: string, slug: string, room: string | undefined) {
  let item = claimItem(claimId);
  if (!item) {
    const answer = await fetch(branchesUrl(slug, room, `claim=${encodeURIComponent(claimId)}`))
      .then((r) => (r.ok ? (r.json() as Promise<{ branch: string }>) : null))
      .catch(() => null);
    if (!answer) return;
    // The claim of the page has up to two branches (readers', the essay's deeper claims): open both.
    const selector = ["reader", "essay"]
      .map((kind) => `#argument-tree [data-${kind}-branch="${CSS.escape(answer.branch)}"]`)
      .join(", ");
    const holders = await appears(() => {
      const found = document.querySelectorAll<HTMLDetailsElement>(selector);
      return found.length > 0 ? found : null;
    });
    if (!holders) return;
    holders.forEach((branch) => (branch.open = true));
    item = await appears(() => claimItem(claimId));
  }
  if (!item) return;
  for (let el = item.parentElement; el; el = el.parentElement)
    if (el instanceof HTMLDetailsElement) el.open = true;
  const link = item.querySelector<HTMLElement>(".claim-link");
  item.scrollIntoView({ block: "center" });
  link?.focus({ preventScroll: true });
}

/** Waits (up to 10 s) for something the page is loading to be in the document. */
async function appears<T>(find: () => T | null): Promise<T | null> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}
