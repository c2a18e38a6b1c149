"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { markAllReadAction, markReadAction } from "@/app/(site)/notifications/actions";
import { contentLang } from "@/lib/i18n/content-lang";
import type { NotificationView } from "@/lib/notifications/read";
import { ActionButton } from "../forms/action-button";
import { LocalTime } from "../time/local-time";
import { UNREAD_CHANGED } from "./bell";

/**
 * Newest first; each links to its item; unread ones stand out and can be marked read. The
 * sentence is written here from the notification's kind, in the reader's interface language
 * (the database keeps only the kind, the actor, the subject and a reason).
 */
export function NotificationList({ notifications }: { notifications: NotificationView[] }) {
  const t = useTranslations("notifications");
  const unread = notifications.filter((n) => !n.read).length;
  // The list is rendered anew after marking read: the bell follows.
  useEffect(() => {
    window.dispatchEvent(new Event(UNREAD_CHANGED));
  }, [unread]);
  if (notifications.length === 0)
    return (
      <p className="rounded-md border border-dashed border-stone-300 p-6 text-stone-700">
        {t("empty")}
      </p>
    );
  return (
    <>
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-stone-700" data-testid="unread-summary">
          {unread === 0 ? t("allRead") : t("unread", { count: unread })}
        </p>
        {unread > 0 && (
          <ActionButton action={markAllReadAction} fields={{}} label={t("markAllRead")} />
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
                {!n.read && <span className="sr-only">{t("unreadPrefix")}</span>}
                {t.rich(`what.${n.kind}`, {
                  actor: () =>
                    n.actor === null ? (
                      <strong>{t("someone")}</strong>
                    ) : (
                      <strong translate="no">{n.actor}</strong>
                    ),
                  link: () => (
                    <Link href={n.href} className="text-blue-800 underline">
                      {n.kind === "hidden" || n.subject ? (
                        <>
                          {t("quoteOpen")}
                          <span lang={contentLang(n.subject)}>{n.subject}</span>
                          {t("quoteClose")}
                        </>
                      ) : (
                        t("this")
                      )}
                    </Link>
                  ),
                  hasReason: n.reason ? "yes" : "no",
                  reason: () => <span lang={contentLang(n.reason)}>{n.reason}</span>,
                })}
              </p>
              <p className="text-xs text-stone-600">
                <LocalTime iso={n.createdAt} />
              </p>
            </div>
            {!n.read && (
              <ActionButton
                action={markReadAction}
                fields={{ id: String(n.id) }}
                label={t("markRead")}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
