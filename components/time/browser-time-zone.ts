"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * The browser's IANA time zone. The server renders "UTC" and the browser switches to its own
 * zone right after hydration, so the two renders agree (reading the zone during render gave
 * React #418 wherever the browser is not on UTC).
 */
export function useBrowserTimeZone(): string {
  return useSyncExternalStore(
    never,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
}
