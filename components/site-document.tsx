import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/account/account-menu";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UiLanguageSwitch } from "@/components/i18n/ui-language-switch";
import type { UiLocale } from "@/lib/i18n/locale";

/**
 * The page around every page: `<html lang>`, the skip link, the header and `<main>`. The site's
 * root layout renders it from the request (app/(site)/layout.tsx); the cached debate pages
 * render it themselves, in the interface language of their path (app/(cached)).
 */
export async function SiteDocument({
  locale,
  path,
  children,
}: {
  locale: UiLocale;
  /** The reader's path when this render cannot know it (the cached page, rendered for all). */
  path?: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages namespaces={[]}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <header className="border-b border-stone-200 bg-white">
            <nav
              aria-label={t("siteNav")}
              className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
            >
              <Link href="/" className="text-lg font-bold tracking-tight text-stone-900">
                Agora
              </Link>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                <Link
                  href="/"
                  className="text-sm text-stone-700 underline-offset-4 hover:underline"
                >
                  {t("debates")}
                </Link>
                <AccountMenu />
                <UiLanguageSwitch path={path} />
              </div>
            </nav>
          </header>
          <main id="main" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
