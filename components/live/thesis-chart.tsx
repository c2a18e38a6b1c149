"use client";

import {
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { useLocale, useTranslations } from "next-intl";
import { timeOfDayFormat } from "@/lib/i18n/format";
import { TALLY_EVENT, type TallyEvent } from "./live-tally";

export type ScorePoint = { at: string; score: number };
const RANGES = ["hour", "day", "all"] as const;
type Range = (typeof RANGES)[number];

const W = 320;
const H = 150;
const PAD = { left: 26, right: 8, top: 8, bottom: 22 };
const SPAN: Record<Range, number | null> = { hour: 3_600_000, day: 86_400_000, all: null };

const noSubscription = () => () => {};

/** The line's points inside [from, to], starting from the value in force at `from`. */
function visible(points: ScorePoint[], from: number, to: number) {
  const inside = points.filter((p) => Date.parse(p.at) > from && Date.parse(p.at) <= to);
  const before = points.filter((p) => Date.parse(p.at) <= from).at(-1);
  return [{ at: new Date(from).toISOString(), score: before?.score ?? 50 }, ...inside];
}

/**
 * The thesis score over time on a 0–100 scale with the 50 line, growing as live events arrive.
 * Times are drawn in UTC on the server and in the reader's zone once hydrated (the first client
 * render matches the server's, so there is no hydration mismatch). In a class room the public
 * line is drawn beside the class's own.
 */
export function ThesisChart({
  initial,
  thesisId,
  publicLine,
}: {
  initial: ScorePoint[];
  thesisId: string;
  publicLine?: ScorePoint[];
}) {
  const t = useTranslations("chart");
  const locale = useLocale();
  const [points, setPoints] = useState(initial);
  const [range, setRange] = useState<Range>("all");
  // Until hydrated, "now" is the newest change we know of, the same on server and client.
  const [now, setNow] = useState(() =>
    Math.max(0, ...[...initial, ...(publicLine ?? [])].map((p) => Date.parse(p.at))),
  );
  const local = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [cursor, setCursor] = useState<number | null>(null);

  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const clock = setInterval(tick, 30_000);
    const onTally = (e: Event) => {
      const score = (e as CustomEvent<TallyEvent>).detail.scores[thesisId];
      if (score === undefined) return;
      // One clock reading for both, so the new point is never just after "now" and hidden.
      const at = Date.now();
      setNow(at);
      setPoints((p) =>
        p.at(-1)?.score === score
          ? p
          : [...p, { at: new Date(at).toISOString(), score }].slice(-500),
      );
    };
    window.addEventListener(TALLY_EVENT, onTally);
    return () => {
      clearTimeout(first);
      clearInterval(clock);
      window.removeEventListener(TALLY_EVENT, onTally);
    };
  }, [thesisId]);

  const first = points[0] ? Date.parse(points[0].at) : now - SPAN.hour!;
  const from = SPAN[range] === null ? Math.min(first, now - 60_000) : now - SPAN[range]!;
  const own = useMemo(() => visible(points, from, now), [points, from, now]);
  const other = publicLine && visible(publicLine, from, now);

  const x = (at: string) =>
    PAD.left + ((Date.parse(at) - from) / (now - from || 1)) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score / 100) * (H - PAD.top - PAD.bottom);
  const line = (ps: ScorePoint[]) =>
    [...ps, { at: new Date(now).toISOString(), score: ps.at(-1)!.score }]
      .map((p) => `${x(p.at).toFixed(1)},${y(p.score).toFixed(1)}`)
      .join(" ");

  const format = timeOfDayFormat(locale, local ? undefined : "UTC", now - from > SPAN.day!);
  const time = (at: number) => format.format(at) + (local ? "" : ` ${t("utc")}`);
  const ticks = [from, (from + now) / 2, now];

  const scores = own.map((p) => p.score);
  const latest = scores.at(-1)!;
  const change = Math.round(latest) - Math.round(scores[0]!);
  const summary = t("summary", {
    now: Math.round(latest),
    direction: change > 0 ? "up" : change < 0 ? "down" : "same",
    amount: Math.abs(change),
    since: t(`since.${range}`),
    low: Math.round(Math.min(...scores)),
    high: Math.round(Math.max(...scores)),
  });
  const at = cursor === null ? null : own[Math.min(cursor, own.length - 1)];

  const onKey = (e: KeyboardEvent) => {
    const last = own.length - 1;
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    setCursor((c) => Math.max(0, Math.min(last, (c ?? last) + step)));
  };
  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * W;
    let best = 0;
    own.forEach((p, i) => {
      if (Math.abs(x(p.at) - px) < Math.abs(x(own[best]!.at) - px)) best = i;
    });
    setCursor(best);
  };

  return (
    <figure className="rounded-md border border-stone-200 bg-white p-3" data-testid="thesis-chart">
      <figcaption className="mb-2 flex flex-wrap items-center gap-2 text-sm font-medium">
        {t("title")}
        <span role="group" aria-label={t("rangeLabel")} className="ml-auto flex gap-1">
          {RANGES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              onClick={() => {
                setRange(r);
                setCursor(null);
              }}
              className="rounded border border-stone-300 px-2 py-0.5 text-xs aria-pressed:bg-stone-800 aria-pressed:text-white"
            >
              {t(`ranges.${r}`)}
            </button>
          ))}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full touch-none"
        role="img"
        aria-label={t("svgLabel")}
        tabIndex={0}
        onKeyDown={onKey}
        onFocus={() => setCursor(own.length - 1)}
        onPointerMove={onPointer}
        onPointerLeave={() => setCursor(null)}
        data-testid="chart-plot"
      >
        <g className="fill-stone-600 text-[9px]" data-testid="y-axis">
          {[0, 50, 100].map((s) => (
            <text key={s} x={PAD.left - 4} y={y(s) + 3} textAnchor="end">
              {s}
            </text>
          ))}
        </g>
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(50)}
          y2={y(50)}
          className="stroke-stone-400"
          strokeDasharray="4 4"
          data-testid="fifty-line"
        />
        <g className="fill-stone-600 text-[9px]" data-testid="x-axis">
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={H - PAD.bottom}
            y2={H - PAD.bottom}
            className="stroke-stone-300"
          />
          {ticks.map((tick, i) => (
            <text
              key={i}
              x={x(new Date(tick).toISOString())}
              y={H - 6}
              textAnchor={i === 0 ? "start" : i === 2 ? "end" : "middle"}
              data-testid="x-tick"
            >
              {time(tick)}
            </text>
          ))}
        </g>
        {other && (
          <polyline
            points={line(other)}
            fill="none"
            className="stroke-stone-400"
            strokeWidth="2"
            strokeDasharray="2 3"
            data-testid="public-line"
          />
        )}
        <polyline
          points={line(own)}
          fill="none"
          className="stroke-stone-800"
          strokeWidth="2"
          data-testid="own-line"
        />
        {at && <circle cx={x(at.at)} cy={y(at.score)} r="3.5" className="fill-blue-700" />}
      </svg>
      <p
        className="mt-1 min-h-5 text-xs text-stone-700"
        data-testid="chart-readout"
        aria-live="polite"
      >
        {at && t("readout", { score: Math.round(at.score), time: time(Date.parse(at.at)) })}
      </p>
      {other && (
        <p className="text-xs text-stone-600">
          — {t("classLine")} · ┄ {t("publicLine")}
        </p>
      )}
      <p className="sr-only" data-testid="chart-summary">
        {summary}
      </p>
    </figure>
  );
}
