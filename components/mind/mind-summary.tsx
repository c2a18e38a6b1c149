import Link from "next/link";
import { linkTo, type View } from "@/lib/language";
import { MIN_MOVERS_FOR_LISTS, STANCE_LABELS, type MindChangeSummary } from "@/lib/mind/shape";

const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toFixed(1)}`;
const nearestLabel = (n: number) => STANCE_LABELS[Math.round(n)]!.toLowerCase();

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
  const claimLink = (id: string) => linkTo(`/debates/${slug}/claims/${id}`, view);
  const { withBefore, recordedBoth, toward, against, unchanged } = summary;
  if (withBefore === 0)
    return <p className="text-stone-700">No one has recorded a stance in this room yet.</p>;
  const width = (n: number) => ({ width: `${recordedBoth ? (n / recordedBoth) * 100 : 0}%` });
  const moved = toward + against;
  return (
    <div className="space-y-3" data-testid="mind-summary">
      <p>
        <span data-testid="mind-with-before">{withBefore}</span>{" "}
        {withBefore === 1 ? "reader" : "readers"} said where they stood before reading;{" "}
        <span data-testid="mind-both">{recordedBoth}</span> of them also said where they stand now.
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
              ← Moved against the thesis: <strong data-testid="mind-against">{against}</strong>
            </span>
            <span className="text-stone-700">
              Unchanged: <strong data-testid="mind-unchanged">{unchanged}</strong>
            </span>
            <span className="text-support">
              Moved toward it: <strong data-testid="mind-toward">{toward}</strong> →
            </span>
          </p>
          {summary.averageBefore !== null && summary.averageNow !== null && (
            <p className="text-sm text-stone-700">
              On average, from {signed(summary.averageBefore)} (
              {nearestLabel(summary.averageBefore)}) before reading to {signed(summary.averageNow)}{" "}
              ({nearestLabel(summary.averageNow)}) now, on a scale from −2 to +2.
            </p>
          )}
        </>
      )}
      {moved > 0 && moved < MIN_MOVERS_FOR_LISTS && (
        <p className="text-sm text-stone-700">
          What the readers who moved voted on is shown once {MIN_MOVERS_FOR_LISTS} have moved, so
          that no one&apos;s votes can be picked out.
        </p>
      )}
      {summary.topClaims.length > 0 && (
        <div>
          <h3 className="font-medium">Claims the readers who moved voted on most</h3>
          <ol className="list-decimal pl-5 text-sm" data-testid="mind-top-claims">
            {summary.topClaims.map((c) => (
              <li key={c.id}>
                <Link href={claimLink(c.id)} className="underline underline-offset-4">
                  {c.textEn}
                </Link>{" "}
                <span className="text-stone-600">({c.votes} votes)</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {summary.topEvidence.length > 0 && (
        <div>
          <h3 className="font-medium">Evidence they rated most</h3>
          <ol className="list-decimal pl-5 text-sm" data-testid="mind-top-evidence">
            {summary.topEvidence.map((e) => (
              <li key={e.id}>
                <Link href={claimLink(e.claimId)} className="underline underline-offset-4">
                  {e.title}
                </Link>{" "}
                <span className="text-stone-600">({e.votes} ratings)</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
