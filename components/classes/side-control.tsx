"use client";

import { useActionState, useId } from "react";
import { setSideAction } from "@/app/classes/assignment-actions";
import { SIDE_LABELS } from "@/lib/labels";

type Props = {
  assignmentId: string;
  /** Names the form apart from the same student's form under another assignment. */
  assignmentTitle: string;
  student: { id: string; name: string };
  side: "support" | "rebut" | null;
};

/** The teacher sets or changes one student's side, right in the progress table. */
export function SideControl({ assignmentId, assignmentTitle, student, side }: Props) {
  const [state, action, pending] = useActionState(setSideAction, {});
  const id = useId();
  return (
    <form
      action={action}
      className="flex flex-wrap items-center gap-1"
      aria-label={`Side for ${student.name} on ${assignmentTitle}`}
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={student.id} />
      <label htmlFor={id} className="sr-only">
        Side for {student.name}
      </label>
      <select
        id={id}
        name="side"
        defaultValue={side ?? ""}
        key={side ?? ""}
        className={`rounded border px-1 py-0.5 text-sm ${side ? "border-stone-400" : "border-amber-600 text-amber-900"}`}
      >
        <option value="">Side not set</option>
        <option value="support">{SIDE_LABELS.support}</option>
        <option value="rebut">{SIDE_LABELS.rebut}</option>
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-stone-400 px-2 py-0.5 text-xs disabled:opacity-60"
      >
        Set
      </button>
      {state.message && (
        <span role="status" className={`text-xs ${state.ok ? "text-support" : "text-oppose"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
