"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useOnTally } from "./on-tally";

/**
 * Says so when the live stream reports a score for a claim this page does not show: someone
 * proposed a claim since it was rendered. Reloading the tree is the reader's choice, so the
 * page never jumps under them; the button fetches the current page in place.
 */
export function NewClaimsNotice({ claimIds }: { claimIds: string[] }) {
  const router = useRouter();
  const t = useTranslations("treeNav");
  const shown = useMemo(() => new Set(claimIds), [claimIds]);
  const [fresh, setFresh] = useState(false);
  useOnTally(
    () => setFresh(true),
    (event) => Object.keys(event.scores).some((id) => !shown.has(id)),
    0,
  );
  if (!fresh) return <div role="status" aria-live="polite" />;
  return (
    <div role="status" aria-live="polite" className="flex flex-wrap items-center gap-2 text-sm">
      {t("newClaims")}
      <button
        type="button"
        className="rounded-md border border-stone-400 px-2.5 py-1 hover:bg-stone-100"
        onClick={() => {
          setFresh(false);
          router.refresh();
        }}
      >
        {t("showThem")}
      </button>
    </div>
  );
}
