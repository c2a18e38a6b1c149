"use client";

import { useActionState } from "react";
import { renewRecoveryCodesAction } from "@/app/(account)/account/actions";
import { useTranslations } from "next-intl";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { RecoveryCodes } from "./recovery-codes";

export function RenewCodesForm({ username }: { username: string }) {
  const [state, action] = useActionState(renewRecoveryCodesAction, {});
  const t = useTranslations("account.recovery");
  const password = useTranslations("account.password");
  return (
    <div className="space-y-4">
      {state.codes && <RecoveryCodes codes={state.codes} username={username} />}
      <form action={action} className="space-y-3" noValidate aria-label={t("renew")}>
        <Field
          name="password"
          label={password("label")}
          type="password"
          autoComplete="current-password"
          required
          hint={t("renewHint")}
          errors={state.fields?.password}
        />
        <FormMessage state={state} />
        <SubmitButton pendingText={t("renewPending")}>{t("renew")}</SubmitButton>
      </form>
    </div>
  );
}
