"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { linkTo, type View } from "@/lib/language";
import { STANCE_LABELS, type MindChangeSummary, type MyStance } from "@/lib/mind/shape";
import { useOnTally } from "../live/on-tally";
import { MindSummary } from "./mind-summary";
import { StanceForm } from "./stance-form";

async function fetchStances(url: string) {
  const response = await fetch(url, { cache: "no-store" }).catch(() => null);
  if (!response?.ok) return null;
  return (await response.json()) as { summary: MindChangeSummary; mine: MyStance | null };
}

/**
 * Change of mind on the debate page: asks a signed-in reader where they stand before reading,
 * later whether their mind has changed, and shows how minds moved in the room. The page is
 * cached for everyone, so the reader's own stances come from the API (decision 21).
 */
export function MindPanel({
  slug,
  view,
  thesis,
  initial,
}: {
  slug: string;
  view: View;
  thesis: string;
  initial: MindChangeSummary;
}) {
  const [summary, setSummary] = useState(initial);
  /** undefined while loading; null when not signed in. */
  const [mine, setMine] = useState<MyStance | null | undefined>(undefined);
  const url = `/api/debates/${slug}/stances${view.room ? `?room=${encodeURIComponent(view.room)}` : ""}`;
  const load = useCallback(async () => {
    const body = await fetchStances(url);
    if (!body) return;
    setSummary(body.summary);
    setMine(body.mine);
  }, [url]);
  useEffect(() => {
    let current = true;
    void fetchStances(url).then((body) => {
      if (!current || !body) return;
      setSummary(body.summary);
      setMine(body.mine);
    });
    return () => {
      current = false;
    };
  }, [url]);
  // Every open debate page refetches: at most every 3 s, whatever the rate of votes.
  useOnTally(load, () => true, 3000);
  const saved = (next: MyStance) => {
    setMine(next);
    void load();
  };

  return (
    <section
      aria-labelledby="mind-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
      data-testid="mind-panel"
    >
      <h2 id="mind-heading" className="text-lg font-semibold">
        Has the debate changed minds?
      </h2>
      <p className="text-sm text-stone-700">
        The thesis: <q>{thesis}</q>
      </p>
      {mine === null && (
        <p className="text-sm">
          Signed-in readers can{" "}
          <Link
            href={`/sign-in?next=${encodeURIComponent(linkTo(`/debates/${slug}`, view))}`}
            className="text-blue-800 underline"
          >
            record where they stand
          </Link>{" "}
          before reading, and see whether their mind changes.
        </p>
      )}
      {mine && mine.before === null && (
        <div className="rounded-md border-2 border-amber-300 bg-amber-50 p-3">
          <StanceForm
            url={url}
            phase="before"
            legend="Before you read: where do you stand on the thesis?"
            current={null}
            submit="Record my stance before reading"
            onSaved={saved}
          />
        </div>
      )}
      {mine && mine.before !== null && (
        <div className="space-y-2" data-testid="my-stance">
          <p className="text-sm">
            Before reading you said: <strong>{STANCE_LABELS[mine.before]}</strong>
            {mine.now !== null && (
              <>
                ; now: <strong>{STANCE_LABELS[mine.now]}</strong>
              </>
            )}
            .
          </p>
          <StanceForm
            url={url}
            phase="now"
            legend="Has your mind changed? Where do you stand now?"
            current={mine.now ?? mine.before}
            submit="Record where I stand now"
            onSaved={saved}
          />
        </div>
      )}
      <MindSummary summary={summary} slug={slug} view={view} />
    </section>
  );
}
