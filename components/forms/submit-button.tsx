"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

/** A submit button that says it is working while the form is pending. */
export function SubmitButton({
  children,
  pendingText,
  className = "",
}: {
  children: React.ReactNode;
  pendingText?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  const t = useTranslations("forms");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md bg-stone-800 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60 ${className}`}
    >
      {pending ? (pendingText ?? t("saving")) : children}
    </button>
  );
}

/** The answer of an action beside its button; `successOnly` where an ErrorSummary says refusals. */
export function FormMessage({
  state,
  successOnly = false,
}: {
  state: { ok?: boolean; message?: string };
  successOnly?: boolean;
}) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={`min-h-5 text-sm ${state.ok ? "text-support" : "text-oppose"}`}
    >
      {(state.ok || !successOnly) && state.message}
    </p>
  );
}
