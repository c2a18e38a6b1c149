"use client";

import { changePasswordAction } from "@/app/(account)/actions";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

export function PasswordForm({ next, oneTime }: { next: string; oneTime: boolean }) {
  const { state, fields, formProps } = useActionForm(changePasswordAction, {
    id: "password",
    fields: ["current", "password", "confirm"],
  });
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary state={state} formId={formProps.id} />
      <input type="hidden" name="next" value={next} />
      <Field
        control={fields.current}
        label={oneTime ? "One-time password" : "Current password"}
        type="password"
        autoComplete="current-password"
        hint={oneTime ? "The one your teacher gave you." : undefined}
      />
      <Field
        control={fields.password}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
      />
      <Field
        control={fields.confirm}
        label="New password again"
        type="password"
        autoComplete="new-password"
      />
      <p className="text-sm text-stone-700">
        Saving signs you out everywhere else; this browser stays signed in.
      </p>
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText="Saving…">Save password</SubmitButton>
    </form>
  );
}
