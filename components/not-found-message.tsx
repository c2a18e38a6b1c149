import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "This page does not exist", with the way back: for notFound() and for unmatched URLs. */
export async function NotFoundMessage() {
  const t = await getTranslations("site.notFound");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-stone-800 px-4 py-2 text-white">
        {t("back")}
      </Link>
    </div>
  );
}
