"use client";

import { useLocale } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import { useBrowserTimeZone } from "./browser-time-zone";

/** A moment in the reader's own time zone (UTC until the browser takes over; see the hook). */
export function LocalTime({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const timeZone = useBrowserTimeZone();
  const text = formatDateTime(iso, useLocale(), { timeZone, withTime });
  return (
    <time dateTime={iso} title={`${text} (${timeZone})`}>
      {text}
    </time>
  );
}
