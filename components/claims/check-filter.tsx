import { useTranslations } from "next-intl";
import { factCheckStatuses, type FactCheckStatus } from "@/db/schema/enums";
import { linkTo, type View } from "@/lib/language";

/**
 * Filters the tree by the editor's fact-check: plain links (rendered by the server, no script),
 * to the per-request page; the unfiltered tree stays the cached public page.
 */
export function CheckFilter({
  slug,
  view,
  current,
}: {
  slug: string;
  view: View;
  current: FactCheckStatus | undefined;
}) {
  const href = (status?: FactCheckStatus) => {
    const base = linkTo(`/debates/${slug}`, view);
    const query = status ? `${base.includes("?") ? "&" : "?"}check=${status}` : "";
    return `${base}${query}#argument-tree`;
  };
  const options = [undefined, ...factCheckStatuses];
  const t = useTranslations("tree");
  return (
    <nav aria-label={t("filterLabel")} className="mb-3 text-sm">
      <span className="mr-2 text-stone-700">{t("filterTitle")}</span>
      <ul className="inline-flex flex-wrap gap-x-3 gap-y-1">
        {options.map((status) => (
          <li key={status ?? "all"}>
            <a
              href={href(status)}
              aria-current={status === current ? "page" : undefined}
              className="text-blue-800 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-stone-900"
            >
              {status ? t(`check.${status}`) : t("allClaims")}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
