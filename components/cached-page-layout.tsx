import { setRequestLocale } from "next-intl/server";
import { uiLocaleOfParam } from "@/lib/i18n/locale";

/**
 * The body of a cached debate page's root layout (app/(cached)). The page renders the document
 * itself (`SiteDocument`, in the interface language of its path): this static render has no
 * request to read. Being a root layout of its own, apart from app/(site)'s, a navigation to or
 * from the page is a full page load, so a document is never placed inside another's `<main>`.
 */
export async function CachedPageLayout({
  params,
  children,
}: {
  params: Promise<{ ui: string }>;
  children: React.ReactNode;
}) {
  // Named here, before the page and its not-found boundary render: whichever of them asks
  // next-intl first must not settle the request's locale from this static render's empty request.
  setRequestLocale(uiLocaleOfParam((await params).ui) ?? "en");
  return children;
}
