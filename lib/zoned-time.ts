/** Minutes east of UTC that `timeZone` is at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * A wall-clock time ("2030-06-01T12:00") in an IANA zone as an ISO instant with its offset.
 * The server does this, not the browser, so the form renders the same everywhere and an
 * edited assignment keeps the teacher's zone.
 */
export function zonedToIso(local: string, timeZone: string): string {
  const guess = Date.parse(`${local}:00Z`);
  let offset = offsetMinutes(guess, timeZone);
  offset = offsetMinutes(guess - offset * 60_000, timeZone);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${local}:00${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The instant as "YYYY-MM-DDTHH:MM" on the wall clock of `timeZone` (for a datetime-local field). */
export function isoToZoned(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
