import type { FactCheckStatus } from "@/db/schema/enums";
import { factCheckLabels } from "@/lib/fact-check-labels";

/** The editor's fact-check of a claim, as a small badge (details on the claim page). */
export function FactCheckBadge({ status }: { status: FactCheckStatus }) {
  const label = factCheckLabels[status];
  return (
    <span className="tag-check" data-check={status} title="The editor's fact-check">
      <span aria-hidden="true">{label.symbol} </span>
      <span className="sr-only">Fact-check: </span>
      {label.en}
    </span>
  );
}
