"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { rateAction } from "@/app/(site)/debates/[slug]/claims/[id]/actions";
import { FormMessage } from "../forms/submit-button";

/** Rate how well an item supports its stance, 1–5; choosing a value saves it. */
export function RateEvidence({
  evidenceId,
  current,
  title,
}: {
  evidenceId: string;
  current: number | null;
  title: string;
}) {
  const t = useTranslations("evidence.rate");
  const [state, action, pending] = useActionState(rateAction, {});
  return (
    <form
      action={action}
      className="flex flex-wrap items-center gap-1.5"
      aria-label={t("form", { title })}
    >
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <span className="text-xs text-stone-700">{t("yours")}</span>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="submit"
          name="strength"
          value={n}
          disabled={pending}
          aria-pressed={current === n}
          aria-label={t("value", { n })}
          className="h-8 w-8 rounded border border-stone-300 text-sm aria-pressed:border-stone-800 aria-pressed:bg-stone-800 aria-pressed:text-white"
        >
          {n}
        </button>
      ))}
      {current !== null && (
        <button
          type="submit"
          name="strength"
          value=""
          disabled={pending}
          className="text-xs text-stone-700 underline"
        >
          {t("clear")}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
