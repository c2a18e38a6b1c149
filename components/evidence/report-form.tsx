"use client";

import { useActionState, useState } from "react";
import { reportAction } from "@/app/classes/actions";
import { FormMessage } from "../forms/submit-button";

/** Report an item to the room's moderators, with a reason. */
export function ReportForm({ evidenceId }: { evidenceId: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(reportAction, {});
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="text-sm text-stone-700 underline"
      >
        Report
      </button>
    );
  const id = `report-${evidenceId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label="Report evidence">
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <label htmlFor={id} className="text-sm">
        Reason
        <input id={id} name="reason" className="block rounded border border-stone-400 px-2 py-1" />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-stone-400 px-2.5 py-1 text-sm"
      >
        Send report
      </button>
      <FormMessage
        state={state.fields?.reason ? { message: state.fields.reason.join(" ") } : state}
      />
    </form>
  );
}
