import type { UiLocale } from "./locale";

/**
 * The one way Agora writes dates, numbers and relative times, per interface language: every
 * page, the CSV exports and the chart go through here, so a date looks the same everywhere.
 * English keeps the day-month-year it always had ("25 Nov 2026, 14:05"); Chinese is Taiwan's
 * ("2026年11月25日 下午2:05").
 */
const intlLocale: Record<UiLocale, string> = { en: "en-GB", "zh-Hant": "zh-Hant-TW" };

/** A moment as date and time (or the date alone) on the wall clock of `timeZone`. */
export function formatDateTime(
  at: string | number | Date,
  locale: UiLocale,
  { timeZone = "UTC", withTime = true }: { timeZone?: string; withTime?: boolean } = {},
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: withTime ? "short" : undefined,
    timeZone,
  }).format(new Date(at));
}

/** The chart's axis: hours and minutes, with the day when the span is longer than one. */
export function timeOfDayFormat(locale: UiLocale, timeZone: string | undefined, withDay: boolean) {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    ...(withDay ? { month: "short", day: "numeric" } : {}),
    hour: "2-digit",
    minute: "2-digit",
  });
}

export const formatNumber = (n: number, locale: UiLocale) =>
  new Intl.NumberFormat(intlLocale[locale]).format(n);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "3 hours ago" / "3 小時前": the largest whole unit between `at` and `now`. */
export function formatRelative(at: string | number | Date, locale: UiLocale, now = Date.now()) {
  const seconds = Math.round((new Date(at).getTime() - now) / 1000);
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? UNITS.at(-1)!;
  return new Intl.RelativeTimeFormat(intlLocale[locale], { numeric: "auto" }).format(
    Math.trunc(seconds / size),
    unit,
  );
}
