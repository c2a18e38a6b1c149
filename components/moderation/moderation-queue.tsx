import Link from "next/link";
import { dismissReportAction } from "@/app/moderation/actions";
import { hideAction } from "@/app/classes/actions";
import type { ModerationQueue as Queue } from "@/lib/moderation";
import { ActionButton } from "../forms/action-button";
import { ReasonForm } from "./reason-form";

const ACTIONS = {
  hide: "hid",
  restore: "restored",
  report: "reported",
  review: "asked for a review of",
  dismiss: "dismissed a report on",
  move: "moved",
  merge: "merged",
} as const;

/** Open reports, review requests and hidden items of some rooms, with what to do about each. */
export function ModerationQueue({ queue }: { queue: Queue }) {
  const { reports, replyReports, hidden, reviews, log } = queue;
  return (
    <div className="space-y-2">
      {reports.length === 0 && replyReports.length === 0 && hidden.length === 0 && (
        <p className="text-stone-700">No open reports and nothing hidden.</p>
      )}
      {reviews.length > 0 && (
        <p className="text-sm font-medium" data-testid="review-count">
          {reviews.length} review request{reviews.length === 1 ? "" : "s"} waiting
        </p>
      )}
      <ul className="space-y-2" aria-label="Moderation queue">
        {reports.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-2 text-sm">
            Reported: “{r.title}” — {r.reason}
            <ActionButton
              action={hideAction}
              fields={{ evidenceId: r.evidenceId, hidden: "true", reason: r.reason }}
              label="Hide"
              tone="danger"
            />
            <ReasonForm
              action={dismissReportAction}
              fields={{ reportId: String(r.id) }}
              name="reason"
              label="Why dismiss it? (optional)"
              opener="Dismiss"
              submit="Dismiss report"
              formLabel={`Dismiss the report on “${r.title}”`}
            />
          </li>
        ))}
        {replyReports.map((r) => (
          <li key={`reply-${r.id}`} className="flex flex-wrap items-center gap-2 text-sm">
            Reported reply: “{r.body.length > 80 ? `${r.body.slice(0, 79)}…` : r.body}” — {r.reason}
            <Link href={r.href} className="text-blue-800 underline">
              Open it to hide it
            </Link>
          </li>
        ))}
        {hidden.map((h) => (
          <li key={h.id} className="flex flex-wrap items-center gap-2 text-sm">
            Hidden: “{h.title}”{h.reason && ` — ${h.reason}`}
            {h.review !== null && (
              <strong className="text-oppose">Review requested by its author: {h.review}</strong>
            )}
            <ActionButton
              action={hideAction}
              fields={{ evidenceId: h.id, hidden: "false" }}
              label="Restore"
            />
          </li>
        ))}
      </ul>
      {log.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm">Moderation log ({log.length})</summary>
          <ul className="mt-2 text-sm text-stone-700">
            {log.map((l, i) => (
              <li key={i}>
                {l.at.toISOString().slice(0, 16).replace("T", " ")} — {l.actor} {ACTIONS[l.action]}{" "}
                {l.evidenceId ? "an item" : "a claim"} {l.reason && `(${l.reason})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
