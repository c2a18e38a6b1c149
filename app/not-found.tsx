import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteDocument } from "@/components/site-document";
import { isStaticRender } from "@/lib/i18n/request";

export default async function NotFound() {
  const t = await getTranslations("site.notFound");
  const page = (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-stone-800 px-4 py-2 text-white">
        {t("back")}
      </Link>
    </div>
  );
  // Under the cached public page the root layout leaves the document to the page (app/layout.tsx).
  if (await isStaticRender()) return <SiteDocument locale={await getLocale()}>{page}</SiteDocument>;
  return page;
}
