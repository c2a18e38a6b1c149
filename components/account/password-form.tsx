"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(site)/(account)/actions";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

export function PasswordForm({ next, oneTime }: { next: string; oneTime: boolean }) {
  const { state, fields, formProps } = useActionForm(changePasswordAction, {
    id: "password",
    fields: ["current", "password", "confirm"],
  });
  const t = useTranslations("account.password");
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary state={state} formId={formProps.id} />
      <input type="hidden" name="next" value={next} />
      <Field
        control={fields.current}
        label={oneTime ? t("oneTime") : t("current")}
        type="password"
        autoComplete="current-password"
        hint={oneTime ? t("oneTimeHint") : undefined}
      />
      <Field
        control={fields.password}
        label={t("new")}
        type="password"
        autoComplete="new-password"
        hint={t("newHint")}
      />
      <Field
        control={fields.confirm}
        label={t("again")}
        type="password"
        autoComplete="new-password"
      />
      <p className="text-sm text-stone-700">{t("signsOutOthers")}</p>
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
