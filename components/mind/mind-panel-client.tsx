"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { linkTo, type View } from "@/lib/language";
import type { MindChangeSummary, MyStance } from "@/lib/mind/shape";
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
 * Rendered by ./mind-panel.tsx, which gives it the "mind" messages.
 */
export function MindPanelClient({
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
  const t = useTranslations("mind");
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
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">
        {t.rich("thesis", {
          // The thesis in the reading language chosen by the page: Chinese, or English content.
          q: () => <q lang={/[\u3400-\u9fff]/.test(thesis) ? "zh-Hant" : "en"}>{thesis}</q>,
        })}
      </p>
      {mine === null && (
        <p className="text-sm">
          {t.rich("signedOut", {
            link: (text) => (
              <Link
                href={`/sign-in?next=${encodeURIComponent(linkTo(`/debates/${slug}`, view))}`}
                className="text-blue-800 underline"
              >
                {text}
              </Link>
            ),
          })}
        </p>
      )}
      {mine && mine.before === null && (
        <div className="rounded-md border-2 border-amber-300 bg-amber-50 p-3">
          <StanceForm
            url={url}
            phase="before"
            legend={t("beforeLegend")}
            current={null}
            submit={t("beforeSubmit")}
            onSaved={saved}
          />
        </div>
      )}
      {mine && mine.before !== null && (
        <div className="space-y-2" data-testid="my-stance">
          <p className="text-sm">
            {t.rich("youSaid", {
              before: t(`stance.${mine.before}` as "stance.0"),
              strong: (text) => <strong>{text}</strong>,
            })}
            {mine.now !== null &&
              t.rich("youSaidNow", {
                now: t(`stance.${mine.now}` as "stance.0"),
                strong: (text) => <strong>{text}</strong>,
              })}
            {t("end")}
          </p>
          <StanceForm
            url={url}
            phase="now"
            legend={t("nowLegend")}
            current={mine.now ?? mine.before}
            submit={t("nowSubmit")}
            onSaved={saved}
          />
        </div>
      )}
      <MindSummary summary={summary} slug={slug} view={view} />
    </section>
  );
}
