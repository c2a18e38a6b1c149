"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { afterView, lastVisitCookie } from "@/lib/tree/last-visit";

const branches = () => document.querySelectorAll<HTMLDetailsElement>("#argument-tree details");

/**
 * The tree's script, small on purpose: expand or collapse every branch (each is a <details>,
 * which works by itself without script), open the path to `?claim=` and focus it, and note
 * this view of the debate for "new since my last visit" (lib/tree/last-visit.ts).
 */
export function TreeTools({ slug }: { slug: string }) {
  const t = useTranslations("treeNav");
  useEffect(() => {
    const cookie = document.cookie
      .split("; ")
      .find((c) => c.startsWith(`${lastVisitCookie}=`))
      ?.slice(lastVisitCookie.length + 1);
    document.cookie = `${lastVisitCookie}=${afterView(cookie, Date.now())}; path=/debates/${slug}; max-age=31536000; samesite=lax`;
    const claimId = new URLSearchParams(location.search).get("claim");
    if (claimId) revealClaim(claimId);
  }, [slug]);

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

/** Opens every branch above the claim, scrolls it into view and moves focus to its link. */
function revealClaim(claimId: string) {
  const item = document.querySelector<HTMLElement>(
    `#argument-tree [data-claim-id="${CSS.escape(claimId)}"]`,
  );
  if (!item) return;
  for (let el = item.parentElement; el; el = el.parentElement)
    if (el instanceof HTMLDetailsElement) el.open = true;
  const link = item.querySelector<HTMLElement>(".claim-link");
  item.scrollIntoView({ block: "center" });
  link?.focus({ preventScroll: true });
}
