import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimView } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";

/** Where a claim sits: the debate, then each claim above it up to the thesis. */
export function ClaimBreadcrumb({
  debateTitle,
  ancestors,
  base,
  view,
}: {
  debateTitle: string;
  ancestors: ClaimView[];
  base: string;
  view: View;
}) {
  const t = useTranslations("claim");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm text-stone-700">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href={linkTo(base, view)} className="underline underline-offset-4" lang="en">
            {debateTitle}
          </Link>
        </li>
        {ancestors.map((a) => (
          <li key={a.id} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <Link
              href={linkTo(`${base}/claims/${a.id}`, view)}
              className="underline underline-offset-4"
              // The claims' English wording (the thesis is named in the interface's language).
              lang={a.parentId === null ? undefined : "en"}
            >
              {a.parentId === null
                ? t("thesis")
                : a.textEn.slice(0, 40) + (a.textEn.length > 40 ? "…" : "")}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
