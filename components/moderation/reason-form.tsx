"use client";

import { useActionState, useId, useState } from "react";
import type { ActionState } from "@/lib/action";
import { FormMessage } from "../forms/submit-button";

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
export function ReasonForm({
  action,
  fields,
  name,
  label,
  opener,
  submit,
  formLabel,
  tone,
}: Props) {
  const [open, setOpen] = useState(false);
  const [state, run, pending] = useActionState(action, {});
  const id = useId();
  const toneClass =
    tone === "danger" ? "border-oppose/40 text-oppose" : "border-stone-400 text-stone-900";
  if (state.ok) return <FormMessage state={state} />;
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={`rounded-md border px-2.5 py-1 text-sm ${toneClass}`}
      >
        {opener}
      </button>
    );
  const error = state.fields?.[name]?.join(" ");
  return (
    <form action={run} className="flex flex-wrap items-end gap-2" aria-label={formLabel}>
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label htmlFor={id} className="text-sm">
        {label}
        <input
          id={id}
          name={name}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-message`}
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
      <span id={`${id}-message`}>
        <FormMessage state={error ? { message: error } : state} />
      </span>
    </form>
  );
}
