import type { FactCheckStatus } from "@/db/schema/enums";
import { factCheckLabels } from "@/lib/fact-check-labels";
import type { Language } from "@/lib/language";

/** The editor's fact-check of a claim, as a small badge (details on the claim page). */
export function FactCheckBadge({ status, lang }: { status: FactCheckStatus; lang: Language }) {
  return lang === "zh" ? (
    <span className="tag-check" data-check={status} lang="zh-Hant">
      <span className="sr-only">查核 </span>
      {factCheckLabels[status].zh}
    </span>
  ) : (
    <span className="tag-check" data-check={status}>
      <span className="sr-only">Fact-check </span>
      {factCheckLabels[status].en}
    </span>
  );
}
