"use client";

import { deleteAccountAction } from "@/app/(site)/(account)/account/actions";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

export function DeleteAccountForm() {
  const { state, fields, formProps } = useActionForm(deleteAccountAction, {
    id: "delete-account",
    fields: ["password", "deleteContributions"],
  });
  const also = fields.deleteContributions;
  const t = useTranslations("account.deletion");
  const password = useTranslations("account.password");
  return (
    <form
      {...formProps}
      className="space-y-3"
      aria-label={t("submit")}
      onSubmit={(e) => (window.confirm(t("confirm")) ? formProps.onSubmit(e) : e.preventDefault())}
    >
      <ErrorSummary state={state} formId={formProps.id} />
      <Field
        control={fields.password}
        label={password("label")}
        type="password"
        autoComplete="current-password"
        required
      />
      <div className="flex items-start gap-2">
        <input
          key={also.key}
          id={also.id}
          name={also.name}
          type="checkbox"
          defaultChecked={also.initialValue === "on"}
          aria-describedby={`${also.id}-hint`}
          className="mt-1"
        />
        <div>
          <label htmlFor={also.id} className="text-sm font-medium">
            {t("alsoContributions")}
          </label>
          <p id={`${also.id}-hint`} className="text-xs text-stone-600">
            {t("alsoContributionsHint")}
          </p>
        </div>
      </div>
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText={t("pending")} className="bg-red-800 hover:bg-red-700">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
