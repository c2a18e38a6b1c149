"use client";

import { useActionState } from "react";
import { STANCE_LABELS, STANCE_VALUES, type MyStance } from "@/lib/mind/shape";
import { FormMessage, SubmitButton } from "../forms/submit-button";

const CHOICE =
  "cursor-pointer rounded border border-stone-300 px-2 py-1 text-sm has-[:checked]:border-stone-800 has-[:checked]:bg-stone-800 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700";

type State = { ok?: boolean; message?: string };

/** Records a stance on the thesis ("before" once, "now" any time) through the JSON API. */
export function StanceForm({
  url,
  phase,
  legend,
  current,
  submit,
  onSaved,
}: {
  url: string;
  phase: "before" | "now";
  legend: React.ReactNode;
  current: number | null;
  submit: string;
  onSaved: (mine: MyStance) => void;
}) {
  const [state, action] = useActionState(async (_: State, form: FormData): Promise<State> => {
    const value = form.get("stance");
    if (value === null) return { message: "Choose one of the five answers first." };
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ phase, stance: Number(value) }),
    }).catch(() => null);
    if (!response) return { message: "Could not reach the server. Try again." };
    const body = (await response.json().catch(() => ({}))) as MyStance & { error?: string };
    if (!response.ok) return { message: body.error ?? "That did not work. Try again." };
    onSaved({ before: body.before, now: body.now });
    return { ok: true, message: phase === "before" ? "Recorded. Now read on." : "Recorded." };
  }, {});
  return (
    <form action={action} className="space-y-2" aria-label={`Your stance ${phase}`}>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{legend}</legend>
        <div className="flex flex-wrap gap-1.5">
          {STANCE_VALUES.map((v) => (
            <label key={v} className={CHOICE}>
              <input
                type="radio"
                name="stance"
                value={v}
                defaultChecked={current === v}
                className="sr-only"
              />
              {STANCE_LABELS[v]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{submit}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
