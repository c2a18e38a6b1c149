"use client";

import { useEffect, useRef } from "react";
import { TALLY_EVENT, type TallyEvent } from "./live-tally";

/**
 * Calls `refetch` `waitMs` after the page's live stream reports a tally change that `matters`,
 * once for all the changes that arrive meanwhile (a throttle, not a debounce: under a steady
 * stream of votes it still refetches every `waitMs`). Lets a panel of aggregates move with the
 * scores without a stream of its own.
 */
export function useOnTally(
  refetch: () => void,
  matters: (event: TallyEvent) => boolean = () => true,
  waitMs = 400,
) {
  const latest = useRef({ refetch, matters });
  useEffect(() => {
    latest.current = { refetch, matters };
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onTally = (e: Event) => {
      if (timer || !latest.current.matters((e as CustomEvent<TallyEvent>).detail)) return;
      timer = setTimeout(() => {
        timer = undefined;
        latest.current.refetch();
      }, waitMs);
    };
    window.addEventListener(TALLY_EVENT, onTally);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(TALLY_EVENT, onTally);
    };
  }, [waitMs]);
}
