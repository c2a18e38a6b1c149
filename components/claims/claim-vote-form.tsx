"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { voteAction } from "@/app/(site)/debates/[slug]/claims/[id]/actions";
import { AGREEMENT_LABELS, IMPACT_LABELS } from "@/lib/labels";
import { FormMessage, SubmitButton } from "../forms/submit-button";

type Props = {
  claimId: string;
  roomId: string;
  agreement: number | null;
  impact: number | null;
  isThesis: boolean;
};

/** Two separate questions: is it true, and does it matter to its parent. */
export function ClaimVoteForm({ claimId, roomId, agreement, impact, isThesis }: Props) {
  const t = useTranslations("stand");
  const [state, action] = useActionState(voteAction, {});
  // The answers' words, in the interface's language (lib/labels.ts keeps the values and order).
  const say = (labels: typeof AGREEMENT_LABELS | typeof IMPACT_LABELS, scale: string) =>
    labels.map(([value]) => [value, t(`${scale}.${value}` as "agreement.0")] as const);
  return (
    <form action={action} className="space-y-4" aria-label={t("vote.form")}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="roomId" value={roomId} />
      <Choices
        name="agreement"
        legend={t("vote.isItTrue")}
        noAnswer={t("vote.noAnswer")}
        options={say(AGREEMENT_LABELS, "agreement")}
        current={agreement}
      />
      {!isThesis && (
        <Choices
          name="impact"
          legend={t("vote.matters")}
          noAnswer={t("vote.noAnswer")}
          options={say(IMPACT_LABELS, "vote.impact")}
          current={impact}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t("vote.saving")}>{t("vote.save")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

const CHOICE =
  "cursor-pointer rounded border border-stone-300 px-2 py-1 text-sm has-[:checked]:border-stone-800 has-[:checked]:bg-stone-800 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700";

function Choices({
  name,
  legend,
  noAnswer,
  options,
  current,
}: {
  name: string;
  legend: string;
  noAnswer: string;
  options: readonly (readonly [number, string])[];
  current: number | null;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        <label className={CHOICE}>
          <input
            type="radio"
            name={name}
            value=""
            defaultChecked={current === null}
            className="sr-only"
          />
          {noAnswer}
        </label>
        {options.map(([value, label]) => (
          <label key={value} className={CHOICE}>
            <input
              type="radio"
              name={name}
              value={value}
              defaultChecked={current === value}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
