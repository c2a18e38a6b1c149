"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";
import { RecoveryCodes, type CodesState } from "./recovery-codes";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: CodesState, form: FormData) => Promise<CodesState>;
  next: string;
};

export function AccountForm({ mode, action, next }: Props) {
  const { state, fields, formProps } = useActionForm(action, {
    id: mode,
    fields: ["username", "displayName", "password"],
  });
  const signUp = mode === "sign-up";
  const t = useTranslations("account");
  if (state.codes)
    return (
      <RecoveryCodes codes={state.codes} username={state.username ?? ""}>
        <Link
          href={next}
          className="inline-block rounded-md bg-stone-800 px-4 py-2 text-sm text-white"
        >
          {t("recovery.continue")}
        </Link>
      </RecoveryCodes>
    );
  return (
    <form {...formProps} className="space-y-4">
      <ErrorSummary state={state} formId={formProps.id} />
      <input type="hidden" name="next" value={next} />
      <Field
        control={fields.username}
        label={t("form.username")}
        autoComplete="username"
        required
        hint={signUp ? t("form.usernameHint") : undefined}
      />
      {signUp && (
        <Field
          control={fields.displayName}
          label={t("form.displayName")}
          autoComplete="nickname"
          required
          hint={t("form.displayNameHint")}
        />
      )}
      <Field
        control={fields.password}
        label={t("form.password")}
        type="password"
        autoComplete={signUp ? "new-password" : "current-password"}
        required
        hint={signUp ? t("form.passwordHint") : undefined}
      />
      {!signUp && (
        <p className="text-sm">
          <Link href="/recover" className="text-blue-800 underline">
            {t("forgot.link")}
          </Link>
        </p>
      )}
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText={signUp ? t("form.creating") : t("form.signingIn")}>
        {signUp ? t("form.create") : t("form.signIn")}
      </SubmitButton>
      <p className="text-sm text-stone-700">
        {signUp ? t("form.haveAccount") : t("form.newHere")}
        <Link
          href={`/${signUp ? "sign-in" : "sign-up"}?next=${encodeURIComponent(next)}`}
          className="text-blue-800 underline"
        >
          {signUp ? t("form.signIn") : t("form.createOne")}
        </Link>
      </p>
    </form>
  );
}
