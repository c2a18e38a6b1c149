"use client";

import { useActionState } from "react";
import { createStudentsAction, type StudentsState } from "@/app/classes/actions";
import { FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { NewAccounts } from "./new-accounts";

/** Type names, get accounts: usernames and one-time passwords shown once, printable. */
export function StudentAccountsForm({
  classId,
  className,
}: {
  classId: string;
  className: string;
}) {
  const [state, action] = useActionState(createStudentsAction, {} as StudentsState);
  return (
    <div className="space-y-4">
      <form
        action={action}
        className="space-y-3 print:hidden"
        aria-label="Make student accounts"
        noValidate
      >
        <input type="hidden" name="classId" value={classId} />
        <label htmlFor="field-names" className="block text-sm font-medium">
          Students&apos; names, one per line
        </label>
        <p id="field-names-hint" className="text-sm text-stone-700">
          Up to 60 at a time, and 200 a day.
        </p>
        <textarea
          id="field-names"
          name="names"
          rows={5}
          aria-describedby="field-names-hint field-names-error"
          className="w-full rounded-md border border-stone-400 px-3 py-2"
        />
        <FieldError id="field-names-error" errors={state.fields?.names} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingText="Making accounts…">Make accounts</SubmitButton>
          <FormMessage state={state} />
        </div>
      </form>
      {state.students && state.students.length > 0 && (
        <NewAccounts students={state.students} classId={classId} className={className} />
      )}
    </div>
  );
}
