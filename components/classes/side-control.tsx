"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { setSideAction } from "@/app/(site)/classes/assignment-actions";

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
  const t = useTranslations("classes.sides");
  return (
    <form
      action={action}
      className="flex flex-wrap items-center gap-1"
      aria-label={t("sideFor", { name: student.name, title: assignmentTitle })}
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={student.id} />
      <label htmlFor={id} className="sr-only">
        {t("sideForShort", { name: student.name })}
      </label>
      <select
        id={id}
        name="side"
        defaultValue={side ?? ""}
        key={side ?? ""}
        className={`rounded border px-1 py-0.5 text-sm ${side ? "border-stone-400" : "border-amber-600 text-amber-900"}`}
      >
        <option value="">{t("notSet")}</option>
        <option value="support">{t("support")}</option>
        <option value="rebut">{t("rebut")}</option>
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-stone-400 px-2 py-0.5 text-xs disabled:opacity-60"
      >
        {t("set")}
      </button>
      {state.message && (
        <span role="status" className={`text-xs ${state.ok ? "text-support" : "text-oppose"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
