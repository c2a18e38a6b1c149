"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { RecoveryCodes, type CodesState } from "./recovery-codes";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: CodesState, form: FormData) => Promise<CodesState>;
  next: string;
};

export function AccountForm({ mode, action, next }: Props) {
  const [state, formAction] = useActionState(action, {});
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
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field
        name="username"
        label={t("form.username")}
        autoComplete="username"
        required
        errors={state.fields?.username}
        hint={signUp ? t("form.usernameHint") : undefined}
      />
      {signUp && (
        <Field
          name="displayName"
          label={t("form.displayName")}
          autoComplete="nickname"
          required
          errors={state.fields?.displayName}
          hint={t("form.displayNameHint")}
        />
      )}
      <Field
        name="password"
        label={t("form.password")}
        type="password"
        autoComplete={signUp ? "new-password" : "current-password"}
        required
        errors={state.fields?.password}
        hint={signUp ? t("form.passwordHint") : undefined}
      />
      {!signUp && (
        <p className="text-sm">
          <Link href="/recover" className="text-blue-800 underline">
            {t("forgot.link")}
          </Link>
        </p>
      )}
      <FormMessage state={state} />
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
