import { useTranslations } from "next-intl";
import type { FactCheckStatus } from "@/db/schema/enums";

/**
 * The editor's fact-check of a claim, as a small badge (details on the claim page), in the
 * interface language: the verdict is Agora's word, not the essay's.
 */
export function FactCheckBadge({ status }: { status: FactCheckStatus }) {
  const t = useTranslations("tree");
  return (
    <span className="tag-check" data-check={status}>
      <span className="sr-only">{t("factCheck")}</span>
      {t(`check.${status}`)}
    </span>
  );
}
