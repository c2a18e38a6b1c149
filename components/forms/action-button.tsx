"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  tone?: "default" | "danger";
};

/** One button that runs a server action with fixed fields, and says what happened. */
export function ActionButton({ action, fields, label, confirm, tone = "default" }: Props) {
  const [state, run, pending] = useActionState(action, {});
  const t = useTranslations("forms");
  return (
    <form
      action={run}
      className="inline-flex flex-wrap items-center gap-2"
      onSubmit={(e) => confirm && !window.confirm(confirm) && e.preventDefault()}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md border px-2.5 py-1 text-sm disabled:opacity-60 ${tone === "danger" ? "border-oppose/40 text-oppose hover:bg-oppose-soft" : "border-stone-400 text-stone-900 hover:bg-stone-100"}`}
      >
        {pending ? t("working") : label}
      </button>
      {state.message && (
        <span role="status" className={`text-sm ${state.ok ? "text-support" : "text-oppose"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
