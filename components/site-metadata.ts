import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";

/** What every root layout says of the site (app/(site) and the cached pages' own). */
export async function siteMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: "Agora", template: "%s · Agora" }, description: t("description") };
}

export const siteViewport: Viewport = { width: "device-width", initialScale: 1 };
