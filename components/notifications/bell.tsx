"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { TALLY_EVENT, type TallyEvent } from "../live/live-tally";

/** How often an open, visible page asks for the count (docs/decisions/0025). */
const POLL_MS = 20_000;
export const UNREAD_CHANGED = "agora:unread-changed";

/**
 * The header's bell with the unread count. It polls a one-query endpoint while the page is
 * visible, again on every navigation and on coming back to the tab, and at once when the page's
 * room stream says a discussion changed (a reply to you is then on the bell within a second).
 * The bell keeps its size whatever the count, so the header never shifts.
 */
export function NotificationBell() {
  const pathname = usePathname();
  const t = useTranslations("client.bell");
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    let controller: AbortController | undefined;
    const check = () => {
      if (document.visibilityState !== "visible") return;
      controller?.abort();
      controller = new AbortController();
      fetch("/api/notifications/unread", { signal: controller.signal, cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<{ unread: number }>) : null))
        .then((body) => body && setUnread(body.unread))
        .catch(() => undefined); // aborted or offline: keep what we show
    };
    const onTally = (e: Event) => {
      if ((e as CustomEvent<TallyEvent>).detail.threads) setTimeout(check, 300);
    };
    check();
    const timer = setInterval(check, POLL_MS);
    document.addEventListener("visibilitychange", check);
    window.addEventListener(TALLY_EVENT, onTally);
    window.addEventListener(UNREAD_CHANGED, check);
    return () => {
      controller?.abort();
      clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
      window.removeEventListener(TALLY_EVENT, onTally);
      window.removeEventListener(UNREAD_CHANGED, check);
    };
  }, [pathname]);

  const label = unread ? t("unread", { count: unread }) : t("label");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex h-8 w-10 items-center justify-center rounded-md text-stone-800 hover:bg-stone-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span
        data-testid="unread-count"
        aria-hidden="true"
        className={`absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-oppose px-1 text-center text-xs font-semibold leading-5 text-white ${unread ? "" : "invisible"}`}
      >
        {unread && unread > 99 ? "99+" : (unread ?? 0)}
      </span>
    </Link>
  );
}
