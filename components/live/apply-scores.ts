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

/**
 * Fills the badges still waiting for a score (a class room's shell, decision 0028) from the
 * room's snapshot; a claim absent from it has no tally row yet and scores the neutral 50. Badges
 * a live event has set already are left alone: that event may be newer than the snapshot.
 */
export function fillPendingScores(scores: Record<string, number>): void {
  for (const badge of document.querySelectorAll<HTMLElement>("[data-score-for][data-pending]"))
    setBadge(badge, scores[badge.dataset.scoreFor!] ?? 50);
}

function setBadge(badge: HTMLElement, score: number) {
  const number = badge.querySelector("[data-testid=claim-score]");
  const text = String(Math.round(score));
  if (number && number.textContent !== text) number.textContent = text;
  badge.dataset.tone = toneOf(score);
  delete badge.dataset.pending;
}
