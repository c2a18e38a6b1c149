import { useTranslations } from "next-intl";
import type { ClaimTallyView } from "@/lib/tally/read";

type Labels = { evidence: Map<string, string>; claims: Map<string, string> };

/** "Why this score?": each contribution in points on top of 50; they add up to the score. */
export function WhyScore({
  tally,
  labels,
  factChecked = false,
}: {
  tally: ClaimTallyView;
  labels: Labels;
  /** The claim has an editor's fact-check, which is shown beside the score, not counted in it. */
  factChecked?: boolean;
}) {
  const t = useTranslations("claim.why");
  const { breakdown } = tally;
  // Evidence titles and the claims' English wording are content, marked English.
  const label = (c: (typeof breakdown.contributions)[number]) =>
    c.source === "evidence"
      ? t("evidence", { title: labels.evidence.get(c.id!) ?? t("anItem") })
      : c.source === "child"
        ? t.rich("claim", {
            text: labels.claims.get(c.id!) ?? c.id!,
            en: (text) => <span lang="en">{text}</span>,
          })
        : t(c.source);
  const sign = (p: number) =>
    p > 0 ? `+${p.toFixed(1)}` : p < 0 ? `−${Math.abs(p).toFixed(1)}` : "0.0";
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4" data-testid="why-score">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <p className="mt-2 text-sm text-stone-700">{t("intro")}</p>
      {factChecked && (
        <p className="mt-2 text-sm text-stone-700" data-testid="why-fact-check">
          {t("factChecked")}
        </p>
      )}
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <tbody>
          <tr className="border-b border-stone-200">
            <th scope="row" className="py-1 text-left font-normal">
              {t("start")}
            </th>
            <td className="py-1 text-right tabular-nums">50.0</td>
          </tr>
          {breakdown.contributions.length === 0 && (
            <tr>
              <td colSpan={2} className="py-2 text-stone-700">
                {t("none")}
              </td>
            </tr>
          )}
          {breakdown.contributions
            .filter((c) => c.points !== 0 || c.source === "evidence")
            .map((c) => (
              <tr key={`${c.source}-${c.id ?? ""}`} className="border-b border-stone-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {label(c)}
                </th>
                <td
                  className={`py-1 text-right tabular-nums ${c.points > 0 ? "text-support" : c.points < 0 ? "text-oppose" : ""}`}
                >
                  {sign(c.points)}
                </td>
              </tr>
            ))}
          <tr>
            <th scope="row" className="pt-2 text-left">
              {t("score")}
            </th>
            <td className="pt-2 text-right font-semibold tabular-nums" data-testid="why-total">
              {breakdown.score.toFixed(1)}
            </td>
          </tr>
        </tbody>
      </table>
    </details>
  );
}
