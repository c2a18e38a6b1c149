"use client";

import { useTranslations } from "next-intl";
import { feedbackAction } from "@/app/(site)/classes/actions";
import { ErrorSummary } from "../forms/error-summary";
import { controlProps, FieldError } from "../forms/field";
import { FormMessage } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";

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
  const { state, pending, fields, formProps } = useActionForm(feedbackAction, {
    id: `fb-${assignmentId}-${student.id}`,
    fields: ["points", "comment"],
  });
  const { points, comment } = fields;
  const t = useTranslations("classes.feedback");
  const tf = useTranslations("forms");
  return (
    <form
      {...formProps}
      className="space-y-1"
      aria-label={t("form", { name: student.name, title: assignmentTitle })}
    >
      <ErrorSummary state={state} formId={formProps.id} />
      <div className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="studentId" value={student.id} />
        <label htmlFor={points.id} className="text-xs">
          {t("points", { max: maxPoints })}
          <input
            key={points.key}
            {...controlProps(points, current?.points?.toString() ?? "")}
            type="number"
            min={0}
            max={maxPoints}
            className="block w-20 rounded border border-stone-400 px-2 py-1 text-sm"
          />
        </label>
        <label htmlFor={comment.id} className="min-w-40 flex-1 text-xs">
          {t("comment")}
          <textarea
            key={comment.key}
            {...controlProps(comment, current?.comment ?? "")}
            rows={1}
            className="block w-full rounded border border-stone-400 px-2 py-1 text-sm"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-stone-800 px-3 py-1.5 text-sm text-white disabled:opacity-60"
        >
          {pending ? tf("saving") : t("save")}
        </button>
        <FormMessage state={state} successOnly />
      </div>
      <FieldError id={points.errorId} errors={points.errors} />
      <FieldError id={comment.errorId} errors={comment.errors} />
    </form>
  );
}
