"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { signOutAction } from "@/app/(site)/(account)/actions";
import { NotificationBell } from "../notifications/bell";
import { rememberViewer, useRememberedViewer, type MenuViewer } from "./remembered-viewer";

const PASSWORD_PAGE = "/account/password";

/**
 * The header's account links. Pages are rendered once for everyone where they can be (the public
 * debate page is cached), so the menu asks `/api/me` who is signed in, again after each
 * navigation (signing in and out both navigate). The last answer is remembered so the header
 * does not flash empty on the next page. An account still on a one-time password is sent to
 * choose its own from every page, not only refused when it writes.
 */
export function AccountMenu() {
  const pathname = usePathname();
  const router = useRouter();
  const viewer = useRememberedViewer();
  const t = useTranslations("client.accountMenu");

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { viewer: null }))
      .then((body: { viewer: MenuViewer }) => {
        rememberViewer(body.viewer);
        // Decided on this fresh answer, never the remembered one (stale just after the change).
        // No `next`: once the password is theirs, the student lands in their class.
        if (body.viewer?.mustChangePassword && pathname !== PASSWORD_PAGE)
          router.replace(PASSWORD_PAGE);
      })
      .catch(() => undefined); // aborted by the next navigation, or offline: keep what we show
    return () => controller.abort();
  }, [pathname, router]);

  // Until we know, keep the space so the header does not jump.
  if (viewer === undefined) return <div className="h-8 w-72" aria-hidden="true" />;
  if (!viewer)
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/sign-in" className="text-stone-800 underline-offset-4 hover:underline">
          {t("signIn")}
        </Link>
        <Link href="/sign-up" className="rounded-md bg-stone-800 px-3 py-1.5 text-white">
          {t("signUp")}
        </Link>
      </div>
    );
  return (
    <div className="flex items-center gap-3 text-sm">
      <NotificationBell />
      <Link href="/classes" className="text-stone-800 underline-offset-4 hover:underline">
        {t("classes")}
      </Link>
      <span className="text-stone-700">
        <span className="sr-only sm:not-sr-only">{t("signedInAs")} </span>{" "}
        <Link
          href="/me"
          className="font-medium text-stone-900 underline-offset-4 hover:underline"
          data-testid="viewer-name"
        >
          {viewer.name}
        </Link>
      </span>
      <Link href="/account" className="text-stone-800 underline-offset-4 hover:underline">
        {t("account")}
      </Link>
      <form
        action={async () => {
          rememberViewer(null); // the action ends the session and navigates home
          await signOutAction();
        }}
      >
        <button
          type="submit"
          className="rounded-md border border-stone-400 px-3 py-1.5 text-stone-900 hover:bg-stone-100"
        >
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
