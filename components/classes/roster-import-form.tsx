"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importRosterAction, type StudentsState } from "@/app/(site)/classes/actions";
import { ErrorSummary } from "../forms/error-summary";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { NewAccounts } from "./new-accounts";

/**
 * A roster from a spreadsheet or an LMS export, pasted or chosen as a CSV file (the browser
 * reads the file into the box, so the teacher sees what will be imported). Every bad row is
 * listed and nothing is made until all are good.
 */
export function RosterImportForm({ classId, className }: { classId: string; className: string }) {
  const [state, action] = useActionState(importRosterAction, {} as StudentsState);
  const [csv, setCsv] = useState("");
  const errors = [...(state.fields?.csv ?? []), ...(state.fields?.names ?? [])];
  const t = useTranslations("classes.import");
  return (
    <div className="space-y-4">
      <form
        id="roster-import"
        action={action}
        className="space-y-3"
        aria-label={t("form")}
        noValidate
      >
        <ErrorSummary state={state} formId="roster-import" />
        <input type="hidden" name="classId" value={classId} />
        <label htmlFor="roster-import-csv" className="block text-sm font-medium">
          {t("label")}
        </label>
        <p id="field-csv-hint" className="text-sm text-stone-700">
          {t("hint")}
        </p>
        <textarea
          id="roster-import-csv"
          name="csv"
          rows={5}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          aria-describedby="field-csv-hint field-csv-error"
          aria-invalid={errors.length > 0}
          className="w-full rounded-md border border-stone-400 px-3 py-2 font-mono text-sm"
        />
        <label className="block text-sm">
          <span className="font-medium">{t("file")}</span>{" "}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setCsv(await file.text());
            }}
            className="text-sm"
          />
        </label>
        <div id="field-csv-error" aria-live="polite">
          {errors.length > 0 && (
            <ul
              className="list-disc space-y-1 pl-5 text-sm text-red-800"
              data-testid="roster-errors"
            >
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingText={t("importing")}>{t("submit")}</SubmitButton>
          <FormMessage state={state} successOnly />
        </div>
      </form>
      {state.ok && state.students && state.students.length > 0 && (
        <NewAccounts students={state.students} classId={classId} className={className} />
      )}
    </div>
  );
}
