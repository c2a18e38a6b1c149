import { useTranslations } from "next-intl";
import type { FactCheckView } from "@/lib/fact-checks";
import type { Language } from "@/lib/language";
import { FactCheckBadge } from "./fact-check-badge";

/** The editor's checks of a claim against the public record: status, note and sources. */
export function FactCheckPanel({ checks, lang }: { checks: FactCheckView[]; lang: Language }) {
  const t = useTranslations("claim.factCheck");
  return (
    <section
      aria-labelledby="fact-check-heading"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="fact-check"
    >
      <h2 id="fact-check-heading" className="font-semibold">
        {t("heading")}
      </h2>
      {checks.map((check) => (
        <div key={check.quote} className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <FactCheckBadge status={check.status} />
            <span lang="zh-Hant" className="text-stone-700">
              「{check.quote}」
            </span>
          </p>
          {lang !== "en" && (
            <p lang="zh-Hant" className="text-sm">
              {check.noteZh}
            </p>
          )}
          {lang !== "zh" && (
            <p lang="en" className="text-sm">
              {check.noteEn}
            </p>
          )}
          {/* The sources are quoted as published: their titles and publishers are not ours. */}
          <ul className="space-y-1 text-sm" aria-label={t("sources")} translate="no">
            {check.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} className="text-blue-800 underline" rel="noopener noreferrer">
                  {s.title}
                </a>{" "}
                <span className="text-stone-700">
                  — {s.publisher}, {s.date}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
