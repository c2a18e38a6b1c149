/** A due date in the time zone the teacher set it in, with the zone named. */
export function DueDate({ iso, timeZone }: { iso: string; timeZone: string }) {
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(new Date(iso));
  return (
    <time dateTime={iso}>
      {text} ({timeZone})
    </time>
  );
}
