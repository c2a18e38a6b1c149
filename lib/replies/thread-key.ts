// A plain module: the live watcher (loaded outside Next's bundle), the data layer and the
// client's thread component all name a thread the same way.

/** The key live updates name a thread by: a claim's own thread, or an evidence item's. */
export const threadKey = (t: { claimId: string; evidenceId: string | null }) =>
  t.evidenceId ? `evidence:${t.evidenceId}` : `claim:${t.claimId}`;
