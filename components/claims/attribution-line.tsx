import { useTranslations } from "next-intl";
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
  const t = useTranslations("tree");
  return (
    <span className="tag-by" data-attribution={attribution.by}>
      <span className="sr-only">{t("assertedBy")}</span>
      {lang === "zh" ? (
        <span lang="zh-Hant">{label.zh}</span>
      ) : lang === "en" ? (
        <span lang="en">{label.en}</span>
      ) : (
        <>
          <span lang="zh-Hant">{label.zh}</span> · <span lang="en">{label.en}</span>
        </>
      )}
    </span>
  );
}
