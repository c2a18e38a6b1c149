import type { Attribution } from "@/lib/debates";
import { attributionLabel } from "@/lib/fact-check-labels";
import type { Language } from "@/lib/language";

/** Whose assertion a claim is, in the page's language(s). */
export function AttributionLine({
  attribution,
  lang,
}: {
  attribution: Attribution;
  lang: Language;
}) {
  const label = attributionLabel(attribution);
  return (
    <span className="tag-by" data-attribution={attribution.by}>
      <span className="sr-only">Asserted by: </span>
      {lang === "zh" ? (
        <span lang="zh-Hant">{label.zh}</span>
      ) : lang === "en" ? (
        label.en
      ) : (
        <>
          <span lang="zh-Hant">{label.zh}</span> · {label.en}
        </>
      )}
    </span>
  );
}
