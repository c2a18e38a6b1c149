/**
 * The reader's last visit to a debate, kept in a cookie on this browser (signed in or not) and
 * scoped to the debate's path. A visit is a run of page views with less than `visitGapMs`
 * between them, so "new since my last visit" still means the same thing after a few clicks.
 * The value is "<previous visit's last view>.<this visit's last view>", in ms since the epoch.
 */
export const lastVisitCookie = "agora-visit";
export const visitGapMs = 30 * 60 * 1000;

type Visits = { previous?: number; latest?: number };

export function parseVisits(value: string | undefined): Visits {
  const [previous, latest] = (value ?? "").split(".").map((v) => (v ? Number(v) : undefined));
  const valid = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);
  return { previous: valid(previous), latest: valid(latest) };
}

/** The cookie's value after a page view at `now`. */
export function afterView(value: string | undefined, now: number): string {
  const { previous, latest } = parseVisits(value);
  const startsNewVisit = latest !== undefined && now - latest > visitGapMs;
  return `${(startsNewVisit ? latest : previous) ?? ""}.${now}`;
}

/** When the reader's previous visit ended, if this browser has had one. */
export function previousVisit(value: string | undefined): Date | undefined {
  const { previous } = parseVisits(value);
  return previous === undefined ? undefined : new Date(previous);
}
