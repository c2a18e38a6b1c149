"use client";

import { useActionState } from "react";
import { addEvidenceAction, editEvidenceAction } from "@/app/debates/[slug]/claims/[id]/actions";
import { sourceTypes } from "@/db/schema/enums";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import { EVIDENCE_LIMITS } from "@/lib/limits";
import { Field, FieldError, fieldProps } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

type Values = {
  stance: string;
  url: string;
  title: string;
  quote: string;
  explanation: string;
  sourceType: string;
};

type Props =
  | { mode: "add"; claimId: string; roomId: string; values?: undefined; evidenceId?: undefined }
  | { mode: "edit"; evidenceId: string; values: Values; claimId?: undefined; roomId?: undefined };

/** Attach evidence to a claim, or edit one's own; errors appear beside each field. */
export function EvidenceForm(props: Props) {
  const [state, action] = useActionState(
    props.mode === "add" ? addEvidenceAction : editEvidenceAction,
    {},
  );
  const v = props.values;
  const errors = state.fields;
  const prefix = props.mode === "add" ? "new" : `edit-${props.evidenceId}`;
  const textArea =
    "w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 aria-[invalid]:border-oppose";
  return (
    <form
      action={action}
      className="space-y-3"
      aria-label={props.mode === "add" ? "Add evidence" : "Edit evidence"}
      noValidate
    >
      {props.mode === "add" ? (
        <>
          <input type="hidden" name="claimId" value={props.claimId} />
          <input type="hidden" name="roomId" value={props.roomId} />
        </>
      ) : (
        <input type="hidden" name="evidenceId" value={props.evidenceId} />
      )}
      <fieldset>
        <legend className="text-sm font-medium">Stance</legend>
        <div className="mt-1 flex gap-4">
          {(["support", "rebut"] as const).map((stance) => (
            <label key={stance} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="stance"
                value={stance}
                defaultChecked={(v?.stance ?? "support") === stance}
              />
              {stance === "support" ? "Supports the claim" : "Rebuts the claim"}
            </label>
          ))}
        </div>
        <FieldError id={`${prefix}-stance-error`} errors={errors?.stance} />
      </fieldset>
      <Field
        name="url"
        label="Source link"
        type="url"
        defaultValue={v?.url}
        placeholder="https://…"
        errors={errors?.url}
      />
      <Field name="title" label="Source title" defaultValue={v?.title} errors={errors?.title} />
      <Field
        name="quote"
        label="Exact quote from the source"
        errors={errors?.quote}
        hint={`At most ${EVIDENCE_LIMITS.quote.toLocaleString("en")} characters.`}
      >
        <textarea
          {...fieldProps("quote", errors)}
          rows={3}
          defaultValue={v?.quote}
          className={textArea}
        />
      </Field>
      <Field name="explanation" label="How it bears on the claim" errors={errors?.explanation}>
        <textarea
          {...fieldProps("explanation", errors)}
          rows={3}
          defaultValue={v?.explanation}
          className={textArea}
        />
      </Field>
      <Field name="sourceType" label="Kind of source" errors={errors?.sourceType}>
        <select
          {...fieldProps("sourceType", errors)}
          defaultValue={v?.sourceType ?? "news"}
          className={textArea}
        >
          {sourceTypes.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{props.mode === "add" ? "Add evidence" : "Save changes"}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
