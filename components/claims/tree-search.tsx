import { useTranslations } from "next-intl";
import { claimKinds, factCheckStatuses } from "@/db/schema/enums";
import { linkTo, type View } from "@/lib/language";
import {
  isTreeFiltered,
  searchFormKey,
  searchMaxLength,
  treeStances,
  type TreeQuery,
} from "@/lib/tree/query";

type Props = {
  slug: string;
  view: View;
  query: TreeQuery;
  /** The reader asked to search (any tree query key in the URL, even an empty one). */
  open: boolean;
};

/**
 * Search and filters as a plain GET form (no script): any of its fields sends the reader to the
 * per-request page, which filters on the server. The cached page carries only a link to it
 * (`?search=1`), so the form's markup is not in every reader's download (decision 29).
 */
export function TreeSearch({ slug, view, query, open }: Props) {
  const t = useTranslations("treeNav");
  const checkT = useTranslations("tree");
  const page = linkTo(`/debates/${slug}`, view);
  if (!open)
    return (
      <a
        href={`${page}${page.includes("?") ? "&" : "?"}${searchFormKey}=1#tree-search`}
        className="tree-tool mb-3 inline-block"
      >
        {t("searchAndFilter")}
      </a>
    );
  const select = (name: keyof TreeQuery, label: string, options: [string, string][]) => (
    <label className="tree-field">
      {label}
      <select name={name} defaultValue={String(query[name] ?? "")}>
        <option value="">{t("any")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const check = (name: "contested" | "new", label: string) => (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} value="1" defaultChecked={query[name]} />
      {label}
    </label>
  );
  return (
    <div id="tree-search" className="tree-search">
      <h3 className="font-medium text-stone-900">{t("searchAndFilter")}</h3>
      <form action={`/debates/${slug}#argument-tree`} method="get" role="search">
        <input type="hidden" name={searchFormKey} value="1" />
        <input type="hidden" name="lang" value={view.lang} />
        {view.room && <input type="hidden" name="room" value={view.room} />}
        <label className="tree-field sm:col-span-3">
          {t("search")}
          <input type="search" name="q" defaultValue={query.q} maxLength={searchMaxLength} />
        </label>
        {select(
          "kind",
          t("kind"),
          claimKinds.map((k) => [k, t(`kinds.${k}`)]),
        )}
        {select(
          "stance",
          t("stance"),
          treeStances.map((s) => [s, t(`stances.${s}`)]),
        )}
        {select(
          "check",
          t("check"),
          factCheckStatuses.map((s) => [s, checkT(`check.${s}`)]),
        )}
        <div className="space-y-1 sm:col-span-3">
          {check("contested", t("contested"))}
          {check("new", t("newSinceVisit"))}
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
          <button type="submit" className="tree-tool">
            {t("apply")}
          </button>
          {isTreeFiltered(query) && (
            <a
              href={`${linkTo(`/debates/${slug}`, view)}#argument-tree`}
              className="text-blue-800 underline"
            >
              {t("clear")}
            </a>
          )}
        </div>
      </form>
    </div>
  );
}
