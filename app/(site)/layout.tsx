import { SiteDocument } from "@/components/site-document";
import { siteMetadata, siteViewport } from "@/components/site-metadata";
import { uiLocaleOfRequest } from "@/lib/i18n/request";
import "../globals.css";

export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

/**
 * The root layout of every page but the cached debate pages: `<html lang>` and the header in the
 * reader's interface language, read from the request. The cached pages (app/(cached)) have root
 * layouts of their own, which take the language from their path: a navigation between the two
 * is a full page load, so one document never ends up inside another. See
 * docs/decisions/0030-interface-language.md.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument locale={await uiLocaleOfRequest()}>{children}</SiteDocument>;
}
