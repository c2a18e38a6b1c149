"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import {
  AGREEMENT_VALUES,
  IMPACT_VALUES,
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
  const t = useTranslations("stand");
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
  const labelsOf = (scale: "agreement" | "impact" | "strength", values: readonly number[]) =>
    Object.fromEntries(values.map((v) => [v, t(`${scale}.${v}` as "agreement.0")]));
  const rated = evidenceTitles.filter(([id]) => stand.evidence[id]);
  return (
    <div className="space-y-4" data-testid="claim-stand">
      <p aria-live="polite">
        {t.rich("answered", {
          count: people,
          n: () => (
            <span className="font-semibold tabular-nums" data-testid="stand-people">
              {people}
            </span>
          ),
        })}
      </p>
      <div className="grid gap-6 sm:grid-cols-2">
        <Histogram
          id="agreement"
          caption={t("isItTrue")}
          counts={agreement}
          values={AGREEMENT_VALUES}
          labels={labelsOf("agreement", AGREEMENT_VALUES)}
          tone="diverging"
        />
        {!isThesis && (
          <Histogram
            id="impact"
            caption={t("matters")}
            counts={impact}
            values={IMPACT_VALUES}
            labels={labelsOf("impact", IMPACT_VALUES)}
          />
        )}
      </div>
      {rated.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-medium">{t("evidenceHeading")}</h3>
          {rated.map(([id, title]) => (
            <Histogram
              key={id}
              id={`evidence-${id}`}
              caption={t("evidenceCaption", { title, raters: stand.evidence[id]!.raters })}
              counts={stand.evidence[id]!.strength}
              values={STRENGTH_VALUES}
              labels={labelsOf("strength", STRENGTH_VALUES)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
