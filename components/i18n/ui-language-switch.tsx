"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { paramOfUiLocale, uiLocales, type UiLocale } from "@/lib/i18n/locale";

const names: Record<UiLocale, string> = { "zh-Hant": "中文", en: "English" };

/**
 * The interface language: plain links to this page with `?ui=` (the proxy remembers it in a
 * cookie), so it works without JavaScript. Full page loads, not client navigation: the header
 * itself is rendered in the language.
 */
export function UiLanguageSwitch({ path }: { path?: string }) {
  return (
    <Suspense fallback={<Links path={path} />}>
      <LinksHere path={path} />
    </Suspense>
  );
}

function LinksHere({ path }: { path?: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  return <Links path={path ?? pathname} search={search.toString()} />;
}

function Links({ path, search = "" }: { path?: string; search?: string }) {
  const t = useTranslations("client.uiLanguage");
  const current = useLocale();
  const pathname = usePathname();
  const href = (locale: UiLocale) => {
    const params = new URLSearchParams(search);
    params.set("ui", paramOfUiLocale(locale));
    return `${path ?? pathname}?${params}`;
  };
  return (
    <nav aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {uiLocales.map((locale) => (
        <a
          key={locale}
          href={href(locale)}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={`rounded px-2 py-1 ${
            locale === current
              ? "bg-stone-800 text-white"
              : "text-stone-800 underline-offset-4 hover:underline"
          }`}
        >
          {names[locale]}
        </a>
      ))}
    </nav>
  );
}
