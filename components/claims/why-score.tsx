import type { ClaimTallyView } from "@/lib/tally/read";

type Labels = { evidence: Map<string, string>; claims: Map<string, string> };

const sourceLabel = {
  ratings: "Strength ratings of the evidence",
  agreement: "Agreement votes (“is it true?”)",
} as const;

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
  const { breakdown } = tally;
  const label = (c: (typeof breakdown.contributions)[number]) =>
    c.source === "evidence"
      ? `Evidence: ${labels.evidence.get(c.id!) ?? "an item"}`
      : c.source === "child"
        ? `Claim: ${labels.claims.get(c.id!) ?? c.id}`
        : sourceLabel[c.source];
  const sign = (p: number) =>
    p > 0 ? `+${p.toFixed(1)}` : p < 0 ? `−${Math.abs(p).toFixed(1)}` : "0.0";
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4" data-testid="why-score">
      <summary className="cursor-pointer font-medium">Why this score?</summary>
      <p className="mt-2 text-sm text-stone-700">
        Every claim starts undecided at 50. Evidence, strength ratings, agreement votes and the
        claims beneath it (weighted by how much voters say they matter) push it up or down. No
        single account can move a claim by more than 20 points.
      </p>
      {factChecked && (
        <p className="mt-2 text-sm text-stone-700" data-testid="why-fact-check">
          The editor’s fact-check is not part of this score. The score is what readers’ evidence and
          votes make of the claim; the fact-check is the editor’s reading of the public record. They
          are shown side by side so you can compare them — and anyone who finds the check persuasive
          can add its sources as evidence, where they count like any other.
        </p>
      )}
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Contributions to the score</caption>
        <tbody>
          <tr className="border-b border-stone-200">
            <th scope="row" className="py-1 text-left font-normal">
              Starting point (undecided)
            </th>
            <td className="py-1 text-right tabular-nums">50.0</td>
          </tr>
          {breakdown.contributions.length === 0 && (
            <tr>
              <td colSpan={2} className="py-2 text-stone-700">
                No evidence, votes or argued sub-claims yet.
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
              Score
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
