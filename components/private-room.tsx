import { useTranslations } from "next-intl";
import Link from "next/link";
import type { AppError } from "@/lib/errors";

/** Shown instead of a class room to those who may not read it. */
export function PrivateRoom({ error, next }: { error: Pick<AppError, "status">; next: string }) {
  const t = useTranslations("classes.private");
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">
        {error.status === 401 ? t("signIn") : error.status === 404 ? t("noRoom") : t("notMember")}
      </p>
      {error.status === 401 && (
        <Link
          href={`/sign-in?next=${encodeURIComponent(next)}`}
          className="mt-6 inline-block rounded-md bg-stone-800 px-4 py-2 text-white"
        >
          {t("signInLink")}
        </Link>
      )}
    </div>
  );
}
