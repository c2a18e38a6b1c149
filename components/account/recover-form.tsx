"use client";

import { useActionState } from "react";
import { recoverAction } from "@/app/(account)/recover/actions";
import { useTranslations } from "next-intl";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

export function RecoverForm() {
  const [state, action] = useActionState(recoverAction, {});
  const t = useTranslations("account.forgot");
  const password = useTranslations("account.password");
  const form = useTranslations("account.form");
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        name="username"
        label={form("username")}
        autoComplete="username"
        required
        errors={state.fields?.username}
      />
      <Field
        name="code"
        label={t("code")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={t("codeHint")}
        errors={state.fields?.code}
      />
      <Field
        name="password"
        label={password("new")}
        type="password"
        autoComplete="new-password"
        required
        hint={password("newHint")}
        errors={state.fields?.password}
      />
      <Field
        name="confirm"
        label={password("again")}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fields?.confirm}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
