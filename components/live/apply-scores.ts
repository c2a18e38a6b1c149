import { toneOf } from "../score-badge";

/** Sets every `[data-score-for]` badge of the page that `scores` names, in place. */
export function applyScores(scores: Record<string, number>): void {
  for (const [claimId, score] of Object.entries(scores)) {
    for (const badge of document.querySelectorAll<HTMLElement>(
      `[data-score-for="${CSS.escape(claimId)}"]`,
    ))
      setBadge(badge, score);
  }
}

function setBadge(badge: HTMLElement, score: number) {
  const number = badge.querySelector("[data-testid=claim-score]");
  const text = String(Math.round(score));
  if (number && number.textContent !== text) number.textContent = text;
  badge.dataset.tone = toneOf(score);
}
