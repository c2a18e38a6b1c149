"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(account)/actions";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

export function PasswordForm({ next, oneTime }: { next: string; oneTime: boolean }) {
  const [state, action] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field
        name="current"
        label={oneTime ? "One-time password" : "Current password"}
        type="password"
        autoComplete="current-password"
        hint={oneTime ? "The one your teacher gave you." : undefined}
        errors={state.fields?.current}
      />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={state.fields?.password}
      />
      <Field
        name="confirm"
        label="New password again"
        type="password"
        autoComplete="new-password"
        errors={state.fields?.confirm}
      />
      <p className="text-sm text-stone-700">
        Saving signs you out everywhere else; this browser stays signed in.
      </p>
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Save password</SubmitButton>
    </form>
  );
}
