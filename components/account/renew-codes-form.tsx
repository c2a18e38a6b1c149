"use client";

import { useActionState } from "react";
import { renewRecoveryCodesAction } from "@/app/(account)/account/actions";
import { accountText } from "@/lib/account/text";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { RecoveryCodes } from "./recovery-codes";

const t = accountText.recovery;

export function RenewCodesForm({ username }: { username: string }) {
  const [state, action] = useActionState(renewRecoveryCodesAction, {});
  return (
    <div className="space-y-4">
      {state.codes && <RecoveryCodes codes={state.codes} username={username} />}
      <form action={action} className="space-y-3" noValidate aria-label={t.renew}>
        <Field
          name="password"
          label={accountText.password.label}
          type="password"
          autoComplete="current-password"
          required
          hint={t.renewHint}
          errors={state.fields?.password}
        />
        <FormMessage state={state} />
        <SubmitButton pendingText="Making codes…">{t.renew}</SubmitButton>
      </form>
    </div>
  );
}
