"use client";

import { useBrowserTimeZone } from "./browser-time-zone";

/** A moment in the reader's own time zone (UTC until the browser takes over; see the hook). */
export function LocalTime({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const timeZone = useBrowserTimeZone();
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: withTime ? "short" : undefined,
    timeZone,
  }).format(new Date(iso));
  return (
    <time dateTime={iso} title={`${text} (${timeZone})`}>
      {text}
    </time>
  );
}
