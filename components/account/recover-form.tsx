"use client";

import { recoverAction } from "@/app/(site)/(account)/recover/actions";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

export function RecoverForm() {
  const { state, fields, formProps } = useActionForm(recoverAction, {
    id: "recover",
    fields: ["username", "code", "password", "confirm"],
  });
  const t = useTranslations("account.forgot");
  const account = useTranslations("account");
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary state={state} formId={formProps.id} />
      <Field
        control={fields.username}
        label={account("form.username")}
        autoComplete="username"
        required
      />
      <Field
        control={fields.code}
        label={t("code")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={t("codeHint")}
      />
      <Field
        control={fields.password}
        label={account("password.new")}
        type="password"
        autoComplete="new-password"
        required
        hint={account("password.newHint")}
      />
      <Field
        control={fields.confirm}
        label={account("password.again")}
        type="password"
        autoComplete="new-password"
        required
      />
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
