export const toneOf = (score: number) => {
  const rounded = Math.round(score);
  return rounded > 50 ? "up" : rounded < 50 ? "down" : "even";
};

/**
 * A claim's convincingness 0–100; 50 is undecided. `data-score-for` lets the live-update
 * island change the number and colour in place when the tally moves.
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
  return (
    <span
      data-score-for={claimId}
      data-tone={toneOf(score)}
      className={`inline-flex items-center gap-1 rounded-full border border-stone-300 bg-stone-100 font-semibold tabular-nums text-stone-700 transition-colors data-[tone=down]:border-oppose/30 data-[tone=down]:bg-oppose-soft data-[tone=down]:text-oppose data-[tone=up]:border-support/30 data-[tone=up]:bg-support-soft data-[tone=up]:text-support ${
        size === "lg" ? "px-3 py-1 text-2xl" : "px-2 py-0.5 text-xs"
      }`}
      title="How convincing this claim is, 0–100 (50 = undecided)"
    >
      <span className="sr-only">Score </span>
      <span data-testid="claim-score">{Math.round(score)}</span>
      <span className="sr-only"> out of 100</span>
    </span>
  );
}
