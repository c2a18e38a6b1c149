"use client";

import { useTranslations } from "next-intl";
import {
  addCoTeacherAction,
  createClassAction,
  joinClassAction,
} from "@/app/(site)/classes/actions";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

export function CreateClassForm() {
  const { state, fields, formProps } = useActionForm(createClassAction, {
    id: "create-class",
    fields: ["name", "anonymous"],
  });
  const t = useTranslations("classes.forms");
  return (
    <form {...formProps} className="space-y-3" aria-label={t("create")}>
      <ErrorSummary state={state} formId={formProps.id} />
      <Field control={fields.name} label={t("className")} placeholder={t("classNamePlaceholder")} />
      <label className="flex items-center gap-2 text-sm">
        <input
          key={fields.anonymous.key}
          type="checkbox"
          name={fields.anonymous.name}
          defaultChecked={fields.anonymous.initialValue === "on"}
        />{" "}
        {t("anonymous")}
      </label>
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText={t("creating")}>{t("createSubmit")}</SubmitButton>
    </form>
  );
}

export function JoinClassForm({ code = "" }: { code?: string }) {
  const { state, fields, formProps } = useActionForm(joinClassAction, {
    id: "join-class",
    fields: ["code"],
  });
  const t = useTranslations("classes.forms");
  return (
    <form {...formProps} className="space-y-3" aria-label={t("join")}>
      <ErrorSummary state={state} formId={formProps.id} />
      <Field control={fields.code} label={t("joinCode")} defaultValue={code} autoComplete="off" />
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText={t("joining")}>{t("joinSubmit")}</SubmitButton>
    </form>
  );
}

export function CoTeacherForm({ classId }: { classId: string }) {
  const { state, fields, formProps } = useActionForm(addCoTeacherAction, {
    id: "co-teacher",
    fields: ["username"],
  });
  const t = useTranslations("classes.forms");
  return (
    <form {...formProps} className="space-y-3" aria-label={t("coTeacher")}>
      <ErrorSummary state={state} formId={formProps.id} />
      <div className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="classId" value={classId} />
        <Field control={fields.username} label={t("coTeacherUsername")} />
        <SubmitButton pendingText={t("inviting")}>{t("invite")}</SubmitButton>
        <FormMessage state={state} successOnly />
      </div>
    </form>
  );
}
