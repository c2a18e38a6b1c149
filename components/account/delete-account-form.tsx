"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(account)/account/actions";
import { useTranslations } from "next-intl";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, {});
  const t = useTranslations("account.deletion");
  const password = useTranslations("account.password");
  return (
    <form
      action={action}
      className="space-y-3"
      noValidate
      aria-label={t("submit")}
      onSubmit={(e) => !window.confirm(t("confirm")) && e.preventDefault()}
    >
      <Field
        name="password"
        id="delete-password"
        label={password("label")}
        type="password"
        autoComplete="current-password"
        required
        errors={state.fields?.password}
      />
      <div className="flex items-start gap-2">
        <input
          id="delete-contributions"
          name="deleteContributions"
          type="checkbox"
          aria-describedby="delete-contributions-hint"
          className="mt-1"
        />
        <div>
          <label htmlFor="delete-contributions" className="text-sm font-medium">
            {t("alsoContributions")}
          </label>
          <p id="delete-contributions-hint" className="text-xs text-stone-600">
            {t("alsoContributionsHint")}
          </p>
        </div>
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingText={t("pending")} className="bg-red-800 hover:bg-red-700">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
