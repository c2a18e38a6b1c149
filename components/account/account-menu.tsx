"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/app/(account)/actions";

type MenuViewer = { name: string; mustChangePassword: boolean } | null;

/**
 * The header's account links. Pages are rendered once for everyone where they can be (the public
 * debate page is cached), so the menu asks `/api/me` who is signed in, again after each
 * navigation (signing in and out both navigate).
 */
export function AccountMenu() {
  const pathname = usePathname();
  const [viewer, setViewer] = useState<MenuViewer | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { viewer: null }))
      .then((body: { viewer: MenuViewer }) => setViewer(body.viewer))
      .catch(() => undefined); // aborted by the next navigation, or offline: keep what we show
    return () => controller.abort();
  }, [pathname]);

  // Until we know, keep the space so the header does not jump.
  if (viewer === undefined) return <div className="h-8 w-36" aria-hidden="true" />;
  if (!viewer)
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/sign-in" className="text-stone-800 underline-offset-4 hover:underline">
          Sign in
        </Link>
        <Link href="/sign-up" className="rounded-md bg-stone-800 px-3 py-1.5 text-white">
          Sign up
        </Link>
      </div>
    );
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/classes" className="text-stone-800 underline-offset-4 hover:underline">
        Classes
      </Link>
      <span className="text-stone-700">
        <span className="sr-only sm:not-sr-only">Signed in as </span>{" "}
        <Link
          href="/me"
          className="font-medium text-stone-900 underline-offset-4 hover:underline"
          data-testid="viewer-name"
        >
          {viewer.name}
        </Link>
      </span>
      <form
        action={async () => {
          setViewer(null); // the action ends the session and navigates home
          await signOutAction();
        }}
      >
        <button
          type="submit"
          className="rounded-md border border-stone-400 px-3 py-1.5 text-stone-900 hover:bg-stone-100"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
