import { useLocale } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";

/** A due date in the time zone the teacher set it in, with the zone named (an identifier). */
export function DueDate({ iso, timeZone }: { iso: string; timeZone: string }) {
  return (
    <time dateTime={iso}>
      {formatDateTime(iso, useLocale(), { timeZone })} (<span translate="no">{timeZone}</span>)
    </time>
  );
}
