import Link from "next/link";
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
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-stone-700">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href={linkTo(base, view)} className="underline underline-offset-4">
            {debateTitle}
          </Link>
        </li>
        {ancestors.map((a) => (
          <li key={a.id} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <Link
              href={linkTo(`${base}/claims/${a.id}`, view)}
              className="underline underline-offset-4"
            >
              {a.parentId === null
                ? "Thesis"
                : a.textEn.slice(0, 40) + (a.textEn.length > 40 ? "…" : "")}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
