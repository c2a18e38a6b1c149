"use client";

import { useActionState, useState } from "react";
import { createAssignmentAction } from "@/app/classes/actions";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

type Props = {
  classId: string;
  students: { id: string; name: string }[];
  claims: { id: string; textEn: string }[];
};

/** "±HH:MM" of the browser's zone at a local date and time. */
function offsetAt(local: string): string {
  const minutes = local ? -new Date(local).getTimezoneOffset() : -new Date().getTimezoneOffset();
  const sign = minutes >= 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export function AssignmentForm({ classId, students, claims }: Props) {
  const [state, action] = useActionState(createAssignmentAction, {});
  const [due, setDue] = useState("");
  const [sideMode, setSideMode] = useState("balanced-random");
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const e = state.fields;
  return (
    <form action={action} className="space-y-4" aria-label="Set an assignment" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="offset" value={offsetAt(due)} />
      <Field name="title" label="Title" errors={e?.title} />
      <Field name="instructions" label="Instructions" errors={e?.instructions}>
        <textarea
          id="field-instructions"
          name="instructions"
          rows={3}
          className="w-full rounded-md border border-stone-400 px-3 py-2"
        />
      </Field>
      <Field
        name="dueLocal"
        label={`Due (${timeZone})`}
        type="datetime-local"
        value={due}
        onChange={(ev) => setDue(ev.target.value)}
        errors={e?.dueAt ?? e?.dueLocal}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Sides</legend>
        {[
          ["whole-class", "Whole class argues one side (or freely)"],
          ["balanced-random", "Balanced random support / rebut teams"],
          ["per-student", "I choose each student's side"],
        ].map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="sideMode"
              value={value}
              checked={sideMode === value}
              onChange={() => setSideMode(value!)}
            />{" "}
            {label}
          </label>
        ))}
        {sideMode === "whole-class" && (
          <label className="block text-sm">
            Side for everyone{" "}
            <select name="wholeClassSide" className="rounded border border-stone-400 px-2 py-1">
              <option value="">Free choice</option>
              <option value="support">Support the claims</option>
              <option value="rebut">Rebut the claims</option>
            </select>
          </label>
        )}
        {sideMode === "per-student" &&
          students.map((s) => (
            <label key={s.id} className="flex items-center justify-between gap-2 text-sm">
              {s.name}
              <select name={`side:${s.id}`} className="rounded border border-stone-400 px-2 py-1">
                <option value="support">Support</option>
                <option value="rebut">Rebut</option>
              </select>
            </label>
          ))}
      </fieldset>
      <details>
        <summary className="cursor-pointer text-sm font-medium">
          Target claims (optional; all claims when none)
        </summary>
        <div className="mt-2 max-h-48 space-y-1 overflow-y-auto">
          {claims.map((c) => (
            <label key={c.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="target" value={c.id} className="mt-1" /> {c.textEn}
            </label>
          ))}
        </div>
      </details>
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-medium">Requirements</legend>
        <Field
          name="minEvidence"
          label="Evidence items"
          type="number"
          min={0}
          defaultValue={2}
          errors={e?.minEvidence}
        />
        <Field
          name="minClaimVotes"
          label="Claims voted on"
          type="number"
          min={0}
          defaultValue={3}
          errors={e?.minClaimVotes}
        />
        <Field
          name="minEvidenceRatings"
          label="Evidence rated"
          type="number"
          min={0}
          defaultValue={2}
          errors={e?.minEvidenceRatings}
        />
        <Field
          name="maxPoints"
          label="Points"
          type="number"
          min={1}
          defaultValue={100}
          errors={e?.maxPoints}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Setting…">Set assignment</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
