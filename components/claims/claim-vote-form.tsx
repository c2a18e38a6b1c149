"use client";

import { useActionState } from "react";
import { voteAction } from "@/app/debates/[slug]/claims/[id]/actions";
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
  const [state, action] = useActionState(voteAction, {});
  return (
    <form action={action} className="space-y-4" aria-label="Your vote on this claim">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="roomId" value={roomId} />
      <Choices
        name="agreement"
        legend="Is it true?"
        options={AGREEMENT_LABELS}
        current={agreement}
      />
      {!isThesis && (
        <Choices
          name="impact"
          legend="Does it matter to its parent claim?"
          options={IMPACT_LABELS}
          current={impact}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>Save vote</SubmitButton>
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
  options,
  current,
}: {
  name: string;
  legend: string;
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
          No answer
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
