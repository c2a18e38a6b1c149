"use client";

import { useTranslations } from "next-intl";
import { createStudentsAction } from "@/app/(site)/classes/actions";
import { ErrorSummary } from "../forms/error-summary";
import { controlProps, FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";
import { NewAccounts } from "./new-accounts";

/** Type names, get accounts: usernames and one-time passwords shown once, printable. */
export function StudentAccountsForm({
  classId,
  className,
}: {
  classId: string;
  className: string;
}) {
  const { state, fields, formProps } = useActionForm(createStudentsAction, {
    id: "roster",
    fields: ["names"],
  });
  const t = useTranslations("classes.accounts");
  return (
    <div className="space-y-4">
      <form {...formProps} className="space-y-3 print:hidden" aria-label={t("form")}>
        <ErrorSummary state={state} formId={formProps.id} />
        <input type="hidden" name="classId" value={classId} />
        <label htmlFor={fields.names.id} className="block text-sm font-medium">
          {t("names")}
        </label>
        <p id={`${fields.names.id}-hint`} className="text-sm text-stone-700">
          {t("namesHint")}
        </p>
        <textarea
          key={fields.names.key}
          {...controlProps(fields.names, undefined, true)}
          rows={5}
          className="w-full rounded-md border border-stone-400 px-3 py-2"
        />
        {/* Errors of single names (names[2]) are shown with the whole list's. */}
        <FieldError id={fields.names.errorId} errors={state.fields?.names} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingText={t("making")}>{t("make")}</SubmitButton>
          <FormMessage state={state} successOnly />
        </div>
      </form>
      {state.students && state.students.length > 0 && (
        <NewAccounts students={state.students} classId={classId} className={className} />
      )}
    </div>
  );
}
