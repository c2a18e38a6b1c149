import { useTranslations } from "next-intl";

export const toneOf = (score: number) => {
  const rounded = Math.round(score);
  return rounded > 50 ? "up" : rounded < 50 ? "down" : "even";
};

/**
 * A claim's convincingness 0–100; 50 is undecided. `data-score-for` lets the live-update
 * island change the number and colour in place when the tally moves. A score of NaN is one not
 * known yet: the cached shell of a class room's page holds no scores, the browser fills them
 * from the room's snapshot (decision 0028). The scale is explained once beside the tree, not in a
 * title on each of a page's hundred badges (sent twice each, in the HTML and the payload).
 */
export function ScoreBadge({
  claimId,
  score,
  size = "sm",
}: {
  claimId: string;
  score: number;
  size?: "sm" | "lg";
}) {
  const t = useTranslations("score");
  const pending = Number.isNaN(score);
  return (
    <span
      data-score-for={claimId}
      data-tone={pending ? "even" : toneOf(score)}
      // Named only when set: an attribute left undefined is still sent in the React payload.
      {...(pending && { "data-pending": "" })}
      {...(size === "lg" && { "data-size": "lg" })}
      className="score-badge"
    >
      <span className="sr-only">{t("before")}</span>
      <span data-testid="claim-score">{pending ? "–" : Math.round(score)}</span>
      <span className="sr-only">{t("after")}</span>
    </span>
  );
}
