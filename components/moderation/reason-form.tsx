"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/action";
import { ErrorSummary } from "../forms/error-summary";
import { FieldError } from "../forms/field";
import { FormMessage } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** Fixed fields sent with the form (which item, which report). */
  fields: Record<string, string>;
  /** The name of the free-text field, its label, and the buttons' words. */
  name: string;
  label: string;
  opener: string;
  submit: string;
  formLabel: string;
  tone?: "default" | "danger";
};

/** A button that opens a one-field form: a moderation step that says why. */
export function ReasonForm(props: Props) {
  const [open, setOpen] = useState(false);
  const toneClass =
    props.tone === "danger" ? "border-oppose/40 text-oppose" : "border-stone-400 text-stone-900";
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={`rounded-md border px-2.5 py-1 text-sm ${toneClass}`}
      >
        {props.opener}
      </button>
    );
  return <OpenReasonForm {...props} toneClass={toneClass} />;
}

function OpenReasonForm({
  action,
  fields: fixed,
  name,
  label,
  submit,
  formLabel,
  toneClass,
}: Props & { toneClass: string }) {
  const { state, pending, fields, formProps } = useActionForm(action, {
    // Letters of any script: a Chinese label must not collapse to "-" (two forms, one id).
    id: `${formLabel}-${Object.values(fixed).join("-")}`.replace(/[^\p{L}\p{N}_]+/gu, "-"),
    fields: [name],
  });
  const reason = fields[name];
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form {...formProps} className="space-y-2" aria-label={formLabel}>
      <ErrorSummary state={state} formId={formProps.id} />
      <div className="flex flex-wrap items-end gap-2">
        {Object.entries(fixed).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <label htmlFor={reason?.id} className="text-sm">
          {label}
          <input
            key={reason?.key}
            id={reason?.id}
            name={name}
            defaultValue={typeof reason?.initialValue === "string" ? reason.initialValue : ""}
            autoFocus
            aria-invalid={reason?.errors ? true : undefined}
            aria-describedby={reason?.errors ? reason.errorId : undefined}
            className="block rounded border border-stone-400 px-2 py-1"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className={`rounded-md border px-2.5 py-1 text-sm disabled:opacity-60 ${toneClass}`}
        >
          {submit}
        </button>
      </div>
      {reason && <FieldError id={reason.errorId} errors={reason.errors} />}
    </form>
  );
}
