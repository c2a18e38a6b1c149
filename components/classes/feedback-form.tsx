"use client";

import { useActionState } from "react";
import { feedbackAction } from "@/app/classes/actions";
import { FormMessage } from "../forms/submit-button";

type Props = {
  assignmentId: string;
  /** Names the form apart from the same student's form under another assignment. */
  assignmentTitle: string;
  student: { id: string; name: string };
  maxPoints: number;
  current: { comment: string; points: number | null } | null;
};

export function FeedbackForm({
  assignmentId,
  assignmentTitle,
  student,
  maxPoints,
  current,
}: Props) {
  const [state, action, pending] = useActionState(feedbackAction, {});
  const id = `fb-${assignmentId}-${student.id}`;
  return (
    <form
      action={action}
      className="flex flex-wrap items-end gap-2"
      aria-label={`Feedback for ${student.name} on ${assignmentTitle}`}
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={student.id} />
      <label htmlFor={`${id}-points`} className="text-xs">
        Points (of {maxPoints})
        <input
          id={`${id}-points`}
          name="points"
          type="number"
          min={0}
          max={maxPoints}
          defaultValue={current?.points ?? ""}
          aria-describedby={`${id}-status`}
          className="block w-20 rounded border border-stone-400 px-2 py-1 text-sm"
        />
      </label>
      <label htmlFor={`${id}-comment`} className="min-w-40 flex-1 text-xs">
        Feedback
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={1}
          defaultValue={current?.comment ?? ""}
          className="block w-full rounded border border-stone-400 px-2 py-1 text-sm"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-stone-800 px-3 py-1.5 text-sm text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save"}
      </button>
      <span id={`${id}-status`}>
        <FormMessage
          state={state.fields?.points ? { message: state.fields.points.join(" ") } : state}
        />
      </span>
    </form>
  );
}
