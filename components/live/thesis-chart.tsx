"use client";

import { useEffect, useState } from "react";
import { TALLY_EVENT, type TallyEvent } from "./live-tally";

const W = 320;
const H = 96;

/** The thesis score over time, drawn as a line on a 0–100 scale, growing as events arrive. */
export function ThesisChart({ initial, thesisId }: { initial: number[]; thesisId: string }) {
  const [points, setPoints] = useState(() => [50, ...initial]);

  useEffect(() => {
    const onTally = (e: Event) => {
      const score = (e as CustomEvent<TallyEvent>).detail.scores[thesisId];
      if (score !== undefined)
        setPoints((p) => (p.at(-1) === score ? p : [...p, score].slice(-500)));
    };
    window.addEventListener(TALLY_EVENT, onTally);
    return () => window.removeEventListener(TALLY_EVENT, onTally);
  }, [thesisId]);

  const step = points.length > 1 ? W / (points.length - 1) : W;
  const path = points
    .map((s, i) => `${(i * step).toFixed(1)},${(H - (s / 100) * H).toFixed(1)}`)
    .join(" ");
  const last = points.at(-1)!;
  return (
    <figure className="rounded-md border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-medium">
        Thesis score over time{" "}
        <span className="text-stone-600">
          (now {Math.round(last)}, {points.length - 1} change{points.length === 2 ? "" : "s"})
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-24 w-full"
        role="img"
        aria-label={`Thesis score history, from 50 to ${Math.round(last)}`}
      >
        <line
          x1="0"
          x2={W}
          y1={H / 2}
          y2={H / 2}
          className="stroke-stone-300"
          strokeDasharray="4 4"
        />
        <polyline
          points={points.length > 1 ? path : `0,${H / 2} ${W},${H / 2}`}
          fill="none"
          className="stroke-stone-800"
          strokeWidth="2"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </figure>
  );
}
