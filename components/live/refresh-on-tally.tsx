"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { followEvents } from "./follow-events";

/** Re-renders the page (at most every 2 s) when a room's tally moves: live progress on a to-do list. */
export function RefreshOnTally({ slug, roomId }: { slug: string; roomId: string }) {
  const router = useRouter();
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const stop = followEvents(
      `/api/debates/${slug}/events?room=${encodeURIComponent(roomId)}`,
      () => {
        if (first) {
          first = false; // the snapshot on connect changes nothing
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(
          () => {
            last = Date.now();
            router.refresh();
          },
          Math.max(0, 2000 - (Date.now() - last)),
        );
      },
    );
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [slug, roomId, router]);
  return null;
}
