"use client";

import { useActionState } from "react";
import { recoverAction } from "@/app/(account)/recover/actions";
import { accountText } from "@/lib/account/text";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

const t = accountText.forgot;

export function RecoverForm() {
  const [state, action] = useActionState(recoverAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        name="username"
        label="Username"
        autoComplete="username"
        required
        errors={state.fields?.username}
      />
      <Field
        name="code"
        label={t.code}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={t.codeHint}
        errors={state.fields?.code}
      />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        errors={state.fields?.password}
      />
      <Field
        name="confirm"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fields?.confirm}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Checking…">{t.submit}</SubmitButton>
    </form>
  );
}
