"use client";

import { useActionState } from "react";
import { addCoTeacherAction, createClassAction, joinClassAction } from "@/app/classes/actions";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, {});
  return (
    <form action={action} className="space-y-3" aria-label="Create a class" noValidate>
      <Field
        name="name"
        label="Class name"
        placeholder="Economics 11B"
        errors={state.fields?.name}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="anonymous" /> Anonymous mode: students see each other under
        pseudonyms
      </label>
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create class</SubmitButton>
    </form>
  );
}

export function JoinClassForm({ code = "" }: { code?: string }) {
  const [state, action] = useActionState(joinClassAction, {});
  return (
    <form action={action} className="space-y-3" aria-label="Join a class" noValidate>
      <Field
        name="code"
        label="Join code"
        defaultValue={code}
        autoComplete="off"
        errors={state.fields?.code}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Joining…">Join class</SubmitButton>
    </form>
  );
}

export function CoTeacherForm({ classId }: { classId: string }) {
  const [state, action] = useActionState(addCoTeacherAction, {});
  return (
    <form
      action={action}
      className="flex flex-wrap items-end gap-3"
      aria-label="Invite a co-teacher"
      noValidate
    >
      <input type="hidden" name="classId" value={classId} />
      <Field name="username" label="Co-teacher's username" errors={state.fields?.username} />
      <SubmitButton pendingText="Inviting…">Invite co-teacher</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
