"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("client.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">
        {t("body")}
        {error.digest && (
          <span className="block text-sm text-stone-600">
            {t("reference", { digest: error.digest })}
          </span>
        )}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-stone-800 px-4 py-2 text-white"
      >
        {t("retry")}
      </button>
    </div>
  );
}
