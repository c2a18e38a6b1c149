"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(account)/actions";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

export function PasswordForm({ next }: { next: string }) {
  const [state, action] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
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
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Save password</SubmitButton>
    </form>
  );
}
