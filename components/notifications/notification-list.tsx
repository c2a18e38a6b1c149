"use client";

import Link from "next/link";
import { useEffect } from "react";
import { markAllReadAction, markReadAction } from "@/app/notifications/actions";
import type { NotificationKind } from "@/db/schema/notifications";
import type { NotificationView } from "@/lib/notifications/read";
import { ActionButton } from "../forms/action-button";
import { LocalTime } from "../time/local-time";
import { UNREAD_CHANGED } from "./bell";

const WHAT: Record<NotificationKind, string> = {
  reply: "replied to you on",
  rebuttal: "answered your evidence with evidence on the other side of",
  "claim-proposed": "proposed a claim under",
  hidden: "hid your contribution",
  "feedback-released": "released feedback on",
};

/** Newest first; each links to its item; unread ones stand out and can be marked read. */
export function NotificationList({ notifications }: { notifications: NotificationView[] }) {
  const unread = notifications.filter((n) => !n.read).length;
  // The list is rendered anew after marking read: the bell follows.
  useEffect(() => {
    window.dispatchEvent(new Event(UNREAD_CHANGED));
  }, [unread]);
  if (notifications.length === 0)
    return (
      <p className="rounded-md border border-dashed border-stone-300 p-6 text-stone-700">
        Nothing yet. When someone replies to you, answers your evidence or a teacher releases
        feedback, it appears here.
      </p>
    );
  return (
    <>
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-stone-700" data-testid="unread-summary">
          {unread === 0 ? "All read." : `${unread} unread`}
        </p>
        {unread > 0 && (
          <ActionButton action={markAllReadAction} fields={{}} label="Mark all read" />
        )}
      </div>
      <ol className="space-y-2">
        {notifications.map((n) => (
          <li
            key={n.id}
            data-notification={n.kind}
            data-read={n.read}
            className={`flex flex-wrap items-start justify-between gap-2 rounded-md border p-3 ${n.read ? "border-stone-200 bg-white" : "border-blue-300 bg-blue-50"}`}
          >
            <div className="min-w-0 space-y-1">
              <p className="text-sm">
                {!n.read && <span className="sr-only">Unread: </span>}
                <strong>{n.actor ?? "Someone"}</strong> {WHAT[n.kind]}{" "}
                <Link href={n.href} className="text-blue-800 underline">
                  {n.kind === "hidden" ? `“${n.subject}”` : n.subject ? `“${n.subject}”` : "this"}
                </Link>
                {n.kind === "hidden" && (n.reason ? `: ${n.reason}` : " (no reason given)")}
              </p>
              <p className="text-xs text-stone-600">
                <LocalTime iso={n.createdAt} />
              </p>
            </div>
            {!n.read && (
              <ActionButton
                action={markReadAction}
                fields={{ id: String(n.id) }}
                label="Mark read"
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
