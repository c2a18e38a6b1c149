"use client";

import { addCoTeacherAction, createClassAction, joinClassAction } from "@/app/classes/actions";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

export function CreateClassForm() {
  const { state, fields, formProps } = useActionForm(createClassAction, {
    id: "create-class",
    fields: ["name", "anonymous"],
  });
  return (
    <form {...formProps} className="space-y-3" aria-label="Create a class">
      <ErrorSummary state={state} formId={formProps.id} />
      <Field control={fields.name} label="Class name" placeholder="Economics 11B" />
      <label className="flex items-center gap-2 text-sm">
        <input
          key={fields.anonymous.key}
          type="checkbox"
          name={fields.anonymous.name}
          defaultChecked={fields.anonymous.initialValue === "on"}
        />{" "}
        Anonymous mode: students see each other under pseudonyms
      </label>
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText="Creating…">Create class</SubmitButton>
    </form>
  );
}

export function JoinClassForm({ code = "" }: { code?: string }) {
  const { state, fields, formProps } = useActionForm(joinClassAction, {
    id: "join-class",
    fields: ["code"],
  });
  return (
    <form {...formProps} className="space-y-3" aria-label="Join a class">
      <ErrorSummary state={state} formId={formProps.id} />
      <Field control={fields.code} label="Join code" defaultValue={code} autoComplete="off" />
      <FormMessage state={state} successOnly />
      <SubmitButton pendingText="Joining…">Join class</SubmitButton>
    </form>
  );
}

export function CoTeacherForm({ classId }: { classId: string }) {
  const { state, fields, formProps } = useActionForm(addCoTeacherAction, {
    id: "co-teacher",
    fields: ["username"],
  });
  return (
    <form {...formProps} className="space-y-3" aria-label="Invite a co-teacher">
      <ErrorSummary state={state} formId={formProps.id} />
      <div className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="classId" value={classId} />
        <Field control={fields.username} label="Co-teacher's username" />
        <SubmitButton pendingText="Inviting…">Invite co-teacher</SubmitButton>
        <FormMessage state={state} successOnly />
      </div>
    </form>
  );
}
