import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { linkTo, type View } from "@/lib/language";
import { MIN_MOVERS_FOR_LISTS, type MindChangeSummary } from "@/lib/mind/shape";
import { contentLang } from "@/lib/i18n/content-lang";

const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toFixed(1)}`;

/**
 * How minds moved in a room: who recorded both stances, a diverging bar (against the thesis to
 * the left, toward it to the right, each as a share of those who recorded both), the averages,
 * and what the movers voted on most.
 */
export function MindSummary({
  summary,
  slug,
  view,
}: {
  summary: MindChangeSummary;
  slug: string;
  view: View;
}) {
  const t = useTranslations("mind");
  const locale = useLocale();
  const nearestLabel = (n: number) =>
    t(`stance.${Math.round(n)}` as "stance.0").toLocaleLowerCase(locale);
  const claimLink = (id: string) => linkTo(`/debates/${slug}/claims/${id}`, view);
  const { withBefore, recordedBoth, toward, against, unchanged } = summary;
  if (withBefore === 0) return <p className="text-stone-700">{t("summary.empty")}</p>;
  const width = (n: number) => ({ width: `${recordedBoth ? (n / recordedBoth) * 100 : 0}%` });
  const moved = toward + against;
  return (
    <div className="space-y-3" data-testid="mind-summary">
      <p>
        {t.rich("summary.counts", {
          withBefore,
          before: () => <span data-testid="mind-with-before">{withBefore}</span>,
          both: () => <span data-testid="mind-both">{recordedBoth}</span>,
        })}
      </p>
      {recordedBoth > 0 && (
        <>
          <div aria-hidden="true" className="flex h-4 w-full overflow-hidden rounded bg-stone-100">
            <span className="flex w-1/2 justify-end">
              <span className="block h-4 bg-oppose" style={width(against)} />
            </span>
            <span className="flex w-1/2 border-l-2 border-stone-800">
              <span className="block h-4 bg-support" style={width(toward)} />
            </span>
          </div>
          <p className="flex flex-wrap justify-between gap-2 text-sm">
            <span className="text-oppose">
              {t.rich("summary.against", {
                n: () => <strong data-testid="mind-against">{against}</strong>,
              })}
            </span>
            <span className="text-stone-700">
              {t.rich("summary.unchanged", {
                n: () => <strong data-testid="mind-unchanged">{unchanged}</strong>,
              })}
            </span>
            <span className="text-support">
              {t.rich("summary.toward", {
                n: () => <strong data-testid="mind-toward">{toward}</strong>,
              })}
            </span>
          </p>
          {summary.averageBefore !== null && summary.averageNow !== null && (
            <p className="text-sm text-stone-700">
              {t("summary.average", {
                before: signed(summary.averageBefore),
                beforeLabel: nearestLabel(summary.averageBefore),
                now: signed(summary.averageNow),
                nowLabel: nearestLabel(summary.averageNow),
              })}
            </p>
          )}
        </>
      )}
      {moved > 0 && moved < MIN_MOVERS_FOR_LISTS && (
        <p className="text-sm text-stone-700">
          {t("summary.fewMovers", { min: MIN_MOVERS_FOR_LISTS })}
        </p>
      )}
      {summary.topClaims.length > 0 && (
        <div>
          <h3 className="font-medium">{t("summary.topClaims")}</h3>
          <ol className="list-decimal pl-5 text-sm" data-testid="mind-top-claims">
            {summary.topClaims.map((c) => (
              <li key={c.id}>
                <Link href={claimLink(c.id)} className="underline underline-offset-4" lang="en">
                  {c.textEn}
                </Link>{" "}
                <span className="text-stone-600">{t("summary.votes", { count: c.votes })}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {summary.topEvidence.length > 0 && (
        <div>
          <h3 className="font-medium">{t("summary.topEvidence")}</h3>
          <ol className="list-decimal pl-5 text-sm" data-testid="mind-top-evidence">
            {summary.topEvidence.map((e) => (
              <li key={e.id}>
                <Link
                  href={claimLink(e.claimId)}
                  className="underline underline-offset-4"
                  lang={contentLang(e.title)}
                >
                  {e.title}
                </Link>{" "}
                <span className="text-stone-600">{t("summary.ratings", { count: e.votes })}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
