"use client";

import { createStudentsAction } from "@/app/classes/actions";
import { ErrorSummary } from "../forms/error-summary";
import { controlProps, FieldError } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

/** Paste names, get accounts: usernames and one-time passwords shown once, printable. */
export function StudentAccountsForm({ classId }: { classId: string }) {
  const { state, fields, formProps } = useActionForm(createStudentsAction, {
    id: "roster",
    fields: ["names"],
  });
  return (
    <div className="space-y-4">
      <form {...formProps} className="space-y-3 print:hidden" aria-label="Make student accounts">
        <ErrorSummary state={state} formId={formProps.id} />
        <input type="hidden" name="classId" value={classId} />
        <label htmlFor={fields.names.id} className="block text-sm font-medium">
          Students&apos; names, one per line
        </label>
        <p id={`${fields.names.id}-hint`} className="text-sm text-stone-700">
          Up to 60 at a time, and 200 a day.
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
          <SubmitButton pendingText="Making accounts…">Make accounts</SubmitButton>
          <FormMessage state={state} successOnly />
        </div>
      </form>
      {state.students && state.students.length > 0 && (
        <div
          className="rounded-md border-2 border-dashed border-stone-400 p-4"
          data-testid="new-accounts"
        >
          <div className="mb-2 flex items-center justify-between print:hidden">
            <h3 className="font-semibold">New accounts — shown once</h3>
            <button
              type="button"
              onClick={() => window.print()}
              className="rounded-md border border-stone-400 px-3 py-1 text-sm"
            >
              Print
            </button>
          </div>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Username</th>
                <th scope="col">One-time password</th>
              </tr>
            </thead>
            <tbody>
              {state.students.map((s) => (
                <tr key={s.id} className="border-t border-stone-200">
                  <td className="py-1">{s.name}</td>
                  <td className="py-1 font-mono">{s.username}</td>
                  <td className="py-1 font-mono">{s.password}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-stone-600">
            Students sign in at /sign-in and must choose their own password at once.
          </p>
        </div>
      )}
    </div>
  );
}
