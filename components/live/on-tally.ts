"use client";

import { useEffect, useRef } from "react";
import { TALLY_EVENT, type TallyEvent } from "./live-tally";

/**
 * Calls `refetch` (at most once per `waitMs`) when the page's live stream reports a tally
 * change that `matters`: lets a panel of aggregates move with the scores without its own stream.
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
      if (!latest.current.matters((e as CustomEvent<TallyEvent>).detail)) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.refetch(), waitMs);
    };
    window.addEventListener(TALLY_EVENT, onTally);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(TALLY_EVENT, onTally);
    };
  }, [waitMs]);
}
