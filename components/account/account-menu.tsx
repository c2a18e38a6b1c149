import Link from "next/link";
import { signOutAction } from "@/app/(account)/actions";
import { currentViewer } from "@/lib/session";

export async function AccountMenu() {
  const viewer = await currentViewer();
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
      <form action={signOutAction}>
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
