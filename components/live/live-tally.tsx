"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { applyScores } from "./apply-scores";
import { followEvents } from "./follow-events";

/** As lib/live/watcher.ts sends it; `threads` names the discussions that changed. */
export type TallyEvent = { revision: number; scores: Record<string, number>; threads?: string[] };
export const TALLY_EVENT = "agora:tally";

/**
 * Keeps every score on the page live: listens to the room's Server-Sent Events and updates
 * each `[data-score-for]` badge in place. EventSource reconnects by itself after a drop, and
 * each (re)connection starts with a snapshot, so nothing missed stays stale.
 */
export function LiveTally({
  slug,
  roomId,
  thesisId,
}: {
  slug: string;
  roomId?: string;
  thesisId: string;
}) {
  const [status, setStatus] = useState<"connecting" | "live" | "reconnecting">("connecting");
  const [announcement, setAnnouncement] = useState("");
  const t = useTranslations("client.live");

  useEffect(() => {
    const url = `/api/debates/${slug}/events${roomId ? `?room=${encodeURIComponent(roomId)}` : ""}`;
    return followEvents(
      url,
      (message) => {
        const event = JSON.parse(message.data) as TallyEvent;
        applyScores(event.scores);
        const thesis = event.scores[thesisId];
        if (thesis !== undefined) setAnnouncement(t("thesisNow", { score: Math.round(thesis) }));
        window.dispatchEvent(new CustomEvent<TallyEvent>(TALLY_EVENT, { detail: event }));
      },
      setStatus,
    );
  }, [slug, roomId, thesisId, t]);

  return (
    <p className="text-xs text-stone-600" data-testid="live-status" data-status={status}>
      <span aria-hidden="true" className={status === "live" ? "text-support" : "text-amber-700"}>
        ●
      </span>{" "}
      {status === "live"
        ? t("live")
        : status === "connecting"
          ? t("connecting")
          : t("reconnecting")}
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </p>
  );
}
