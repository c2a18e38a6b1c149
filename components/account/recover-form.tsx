"use client";

import { recoverAction } from "@/app/(account)/recover/actions";
import { accountText } from "@/lib/account/text";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

const t = accountText.forgot;

export function RecoverForm() {
  const { state, fields, formProps } = useActionForm(recoverAction, {
    id: "recover",
    fields: ["username", "code", "password", "confirm"],
  });
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary state={state} formId={formProps.id} />
      <Field control={fields.username} label="Username" autoComplete="username" required />
      <Field
        control={fields.code}
        label={t.code}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={t.codeHint}
      />
      <Field
        control={fields.password}
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
      />
      <Field
        control={fields.confirm}
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
      />
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText="Checking…">{t.submit}</SubmitButton>
    </form>
  );
}
