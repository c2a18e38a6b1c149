"use client";

import { reportAction } from "@/app/classes/actions";
import { ReasonForm } from "../moderation/reason-form";

/** Report an item to the room's moderators, with a reason. */
export function ReportForm({ evidenceId }: { evidenceId: string }) {
  return (
    <ReasonForm
      action={reportAction}
      fields={{ evidenceId }}
      name="reason"
      label="Reason"
      opener="Report"
      submit="Send report"
      formLabel="Report evidence"
    />
  );
}
