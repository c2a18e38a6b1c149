import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { dismissReportAction } from "@/app/(site)/moderation/actions";
import { hideAction } from "@/app/(site)/classes/actions";
import type { ModerationQueue as Queue } from "@/lib/moderation";
import { formatDateTime } from "@/lib/i18n/format";
import { ActionButton } from "../forms/action-button";
import { ReasonForm } from "./reason-form";

/** Open reports, review requests and hidden items of some rooms, with what to do about each. */
export function ModerationQueue({ queue }: { queue: Queue }) {
  const { reports, replyReports, hidden, reviews, log } = queue;
  const t = useTranslations("people.moderation");
  const locale = useLocale();
  return (
    <div className="space-y-2">
      {reports.length === 0 && replyReports.length === 0 && hidden.length === 0 && (
        <p className="text-stone-700">{t("empty")}</p>
      )}
      {reviews.length > 0 && (
        <p className="text-sm font-medium" data-testid="review-count">
          {t("reviews", { count: reviews.length })}
        </p>
      )}
      <ul className="space-y-2" aria-label={t("queue")}>
        {reports.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-2 text-sm">
            {t("reported", { title: r.title, reason: r.reason })}
            <ActionButton
              action={hideAction}
              fields={{ evidenceId: r.evidenceId, hidden: "true", reason: r.reason }}
              label={t("hide")}
              tone="danger"
            />
            <ReasonForm
              action={dismissReportAction}
              fields={{ reportId: String(r.id) }}
              name="reason"
              label={t("whyDismiss")}
              opener={t("dismiss")}
              submit={t("dismissReport")}
              formLabel={t("dismissLabel", { title: r.title })}
            />
          </li>
        ))}
        {replyReports.map((r) => (
          <li key={`reply-${r.id}`} className="flex flex-wrap items-center gap-2 text-sm">
            {t("reportedReply", {
              body: r.body.length > 80 ? `${r.body.slice(0, 79)}…` : r.body,
              reason: r.reason,
            })}
            <Link href={r.href} className="text-blue-800 underline">
              {t("openToHide")}
            </Link>
          </li>
        ))}
        {hidden.map((h) => (
          <li key={h.id} className="flex flex-wrap items-center gap-2 text-sm">
            {t("hiddenItem", { title: h.title })}
            {h.reason && ` — ${h.reason}`}
            {h.review !== null && (
              <strong className="text-oppose">{t("reviewBy", { message: h.review })}</strong>
            )}
            <ActionButton
              action={hideAction}
              fields={{ evidenceId: h.id, hidden: "false" }}
              label={t("restore")}
            />
          </li>
        ))}
      </ul>
      {log.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm">{t("log", { count: log.length })}</summary>
          <ul className="mt-2 text-sm text-stone-700">
            {log.map((l, i) => (
              <li key={i}>
                {t("logLine", {
                  at: formatDateTime(l.at, locale),
                  actor: l.actor,
                  action: l.action,
                  what: l.evidenceId ? "item" : "claim",
                })}
                {l.reason && t("logReason", { reason: l.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
