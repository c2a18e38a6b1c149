"use client";

import { useCallback, useState } from "react";
import {
  AGREEMENT_LABELS,
  AGREEMENT_VALUES,
  IMPACT_LABELS,
  IMPACT_VALUES,
  STRENGTH_LABELS,
  STRENGTH_VALUES,
  type ClaimStandView,
} from "@/lib/stand/shape";
import { useOnTally } from "../live/on-tally";
import { Histogram } from "./histogram";

/**
 * Where people stand on a claim in this room: how many answered, the two answers'
 * distributions, and each evidence item's ratings. Refetched when the live stream reports a
 * change of this claim's tally (every vote and rating on it bumps that row).
 */
export function ClaimStand({
  initial,
  isThesis,
  evidenceTitles,
}: {
  initial: ClaimStandView;
  isThesis: boolean;
  evidenceTitles: [id: string, title: string][];
}) {
  const [stand, setStand] = useState(initial);
  const refetch = useCallback(async () => {
    const response = await fetch(
      `/api/claims/${encodeURIComponent(initial.claimId)}/stand?room=${encodeURIComponent(initial.roomId)}`,
      { cache: "no-store" },
    );
    if (response.ok) setStand((await response.json()) as ClaimStandView);
  }, [initial.claimId, initial.roomId]);
  useOnTally(refetch, (event) => initial.claimId in event.scores);

  const { people, agreement, impact } = stand.claim;
  const rated = evidenceTitles.filter(([id]) => stand.evidence[id]);
  return (
    <div className="space-y-4" data-testid="claim-stand">
      <p aria-live="polite">
        <span className="font-semibold tabular-nums" data-testid="stand-people">
          {people}
        </span>{" "}
        {people === 1 ? "person has" : "people have"} answered in this room.
      </p>
      <div className="grid gap-6 sm:grid-cols-2">
        <Histogram
          id="agreement"
          caption="Is it true?"
          counts={agreement}
          values={AGREEMENT_VALUES}
          labels={AGREEMENT_LABELS}
          tone="diverging"
        />
        {!isThesis && (
          <Histogram
            id="impact"
            caption="Does it matter to its parent?"
            counts={impact}
            values={IMPACT_VALUES}
            labels={IMPACT_LABELS}
          />
        )}
      </div>
      {rated.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-medium">How strong people rate the evidence</h3>
          {rated.map(([id, title]) => (
            <Histogram
              key={id}
              id={`evidence-${id}`}
              caption={`${title} (${stand.evidence[id]!.raters} rated)`}
              counts={stand.evidence[id]!.strength}
              values={STRENGTH_VALUES}
              labels={STRENGTH_LABELS}
            />
          ))}
        </div>
      )}
    </div>
  );
}
