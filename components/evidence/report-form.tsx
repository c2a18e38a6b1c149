"use client";

import { useTranslations } from "next-intl";
import { reportAction } from "@/app/(site)/classes/actions";
import { ReasonForm } from "../moderation/reason-form";

/** Report an item to the room's moderators, with a reason. */
export function ReportForm({ evidenceId }: { evidenceId: string }) {
  const t = useTranslations("evidence.report");
  return (
    <ReasonForm
      action={reportAction}
      fields={{ evidenceId }}
      name="reason"
      label={t("label")}
      opener={t("opener")}
      submit={t("submit")}
      formLabel={t("form")}
    />
  );
}
