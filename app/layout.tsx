import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { SiteDocument } from "@/components/site-document";
import { isStaticRender, uiLocaleOfRequest } from "@/lib/i18n/request";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: "Agora", template: "%s · Agora" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * `<html lang>` and the header are in the reader's interface language, which this layout reads
 * from the request. The one static page, the cached public debate page, has no request to read
 * (its headers are empty, no Host even): it renders the same document itself, in the language
 * of its path. A layout cannot see its page's params, hence the split; see
 * docs/decisions/0030-interface-language.md.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  if (await isStaticRender()) return children;
  return <SiteDocument locale={await uiLocaleOfRequest()}>{children}</SiteDocument>;
}
