"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { STANCE_VALUES, type MyStance } from "@/lib/mind/shape";
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
  const t = useTranslations("mind");
  const [state, action] = useActionState(async (_: State, form: FormData): Promise<State> => {
    const value = form.get("stance");
    if (value === null) return { message: t("form.chooseFirst") };
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ phase, stance: Number(value) }),
    }).catch(() => null);
    if (!response) return { message: t("form.unreachable") };
    const body = (await response.json().catch(() => ({}))) as MyStance & { error?: string };
    // The API's error is in the interface's language already (the cookie or Accept-Language).
    if (!response.ok) return { message: body.error ?? t("form.failed") };
    onSaved({ before: body.before, now: body.now });
    return {
      ok: true,
      message: phase === "before" ? t("form.recordedBefore") : t("form.recorded"),
    };
  }, {});
  return (
    <form action={action} className="space-y-2" aria-label={t("form.label", { phase })}>
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
              {t(`stance.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText={t("form.saving")}>{submit}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
