"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { shadeOf } from "@/lib/sunburst";
import { TALLY_EVENT, type TallyEvent } from "../live/live-tally";
import { useTranslations } from "next-intl";

/**
 * The map's two bits of behaviour: a caption that shows the claim under the pointer or focus
 * (the SVG <title> alone is invisible to keyboard users), and live scores reshading segments.
 */
export function MapLive({ children }: { children: ReactNode }) {
  const t = useTranslations("map");
  const [caption, setCaption] = useState("");
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onTally = (e: Event) => {
      const { scores } = (e as CustomEvent<TallyEvent>).detail;
      for (const [id, score] of Object.entries(scores)) {
        const path = box.current?.querySelector<SVGPathElement>(
          `[data-map-score-for="${CSS.escape(id)}"]`,
        );
        if (!path) continue;
        path.dataset.score = String(Math.round(score));
        path.setAttribute("fill-opacity", shadeOf(score));
      }
    };
    window.addEventListener(TALLY_EVENT, onTally);
    return () => window.removeEventListener(TALLY_EVENT, onTally);
  }, []);

  const show = (target: EventTarget) => {
    const segment = (target as Element).closest?.("[data-caption]");
    if (segment) setCaption(segment.getAttribute("data-caption") ?? "");
  };
  return (
    <div ref={box} onFocus={(e) => show(e.target)} onMouseOver={(e) => show(e.target)}>
      {children}
      <p
        className="mt-3 min-h-12 rounded-md border border-stone-200 bg-white p-3 text-sm"
        data-testid="map-caption"
        aria-live="polite"
      >
        {caption || t("captionEmpty")}
      </p>
    </div>
  );
}
