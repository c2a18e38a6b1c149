/** A claim's convincingness 0–100; 50 is undecided. */
export function ScoreBadge({ score, size = "sm" }: { score: number; size?: "sm" | "lg" }) {
  const rounded = Math.round(score);
  const tone =
    rounded > 50
      ? "bg-support-soft text-support border-support/30"
      : rounded < 50
        ? "bg-oppose-soft text-oppose border-oppose/30"
        : "bg-stone-100 text-stone-700 border-stone-300";
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border font-semibold tabular-nums ${tone} ${
        size === "lg" ? "px-3 py-1 text-2xl" : "px-2 py-0.5 text-xs"
      }`}
      title="How convincing this claim is, 0–100 (50 = undecided)"
    >
      <span className="sr-only">Score </span>
      <span data-testid="claim-score">{rounded}</span>
      <span className="sr-only"> out of 100</span>
    </span>
  );
}
