import Link from "next/link";
import type { AppError } from "@/lib/errors";

/** Shown instead of a class room to those who may not read it. */
export function PrivateRoom({ error, next }: { error: Pick<AppError, "status">; next: string }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">This room is private</h1>
      <p className="mt-2 text-stone-700">
        {error.status === 401
          ? "It belongs to a class. Sign in with an account of that class to open it."
          : error.status === 404
            ? "There is no such room for this debate."
            : "It belongs to a class you are not in. Ask its teacher for the join code."}
      </p>
      {error.status === 401 && (
        <Link
          href={`/sign-in?next=${encodeURIComponent(next)}`}
          className="mt-6 inline-block rounded-md bg-stone-800 px-4 py-2 text-white"
        >
          Sign in
        </Link>
      )}
    </div>
  );
}
