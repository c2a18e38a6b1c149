import { setRequestLocale } from "next-intl/server";
import { siteMetadata, siteViewport } from "@/components/site-metadata";
import { uiLocaleOfParam } from "@/lib/i18n/locale";
import "@/app/globals.css";

export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

/**
 * The root layout of a cached debate page (a class room's shell, decision 0028). The page renders the document itself
 * (`SiteDocument`, in the interface language of its path): this static render has no request to
 * read. Being a root layout of its own, apart from app/(site)'s, a navigation to or from this
 * page is a full page load, so a document is never placed inside another's `<main>`.
 */
export default async function CachedPageLayout({
  params,
  children,
}: LayoutProps<"/debates/[slug]/class/[room]/[lang]/[ui]">) {
  // Named here, before the page and its not-found boundary render: whichever of them asks
  // next-intl first must not settle the request's locale from this static render's empty request.
  setRequestLocale(uiLocaleOfParam((await params).ui) ?? "en");
  return children;
}
