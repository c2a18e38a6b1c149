"use client";

import { renewRecoveryCodesAction } from "@/app/(site)/(account)/account/actions";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";
import { RecoveryCodes } from "./recovery-codes";

export function RenewCodesForm({ username }: { username: string }) {
  const { state, fields, formProps } = useActionForm(renewRecoveryCodesAction, {
    id: "renew-codes",
    fields: ["password"],
  });
  const t = useTranslations("account.recovery");
  const password = useTranslations("account.password");
  return (
    <div className="space-y-4">
      {state.codes && <RecoveryCodes codes={state.codes} username={username} />}
      <form {...formProps} className="space-y-3" aria-label={t("renew")}>
        <ErrorSummary state={state} formId={formProps.id} />
        <Field
          control={fields.password}
          label={password("label")}
          type="password"
          autoComplete="current-password"
          required
          hint={t("renewHint")}
        />
        <FormMessage state={state} successOnly />
        <SubmitButton pendingText={t("renewPending")}>{t("renew")}</SubmitButton>
      </form>
    </div>
  );
}
