"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(account)/actions";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

export function PasswordForm({ next, oneTime }: { next: string; oneTime: boolean }) {
  const [state, action] = useActionState(changePasswordAction, {});
  const t = useTranslations("account.password");
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field
        name="current"
        label={oneTime ? t("oneTime") : t("current")}
        type="password"
        autoComplete="current-password"
        hint={oneTime ? t("oneTimeHint") : undefined}
        errors={state.fields?.current}
      />
      <Field
        name="password"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        hint={t("newHint")}
        errors={state.fields?.password}
      />
      <Field
        name="confirm"
        label={t("again")}
        type="password"
        autoComplete="new-password"
        errors={state.fields?.confirm}
      />
      <p className="text-sm text-stone-700">{t("signsOutOthers")}</p>
      <FormMessage state={state} />
      <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
