import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DebateView } from "@/components/debate/debate-view";
import { SiteDocument } from "@/components/site-document";
import { getDebate } from "@/lib/debates";
import { uiLocaleOfParam } from "@/lib/i18n/locale";
import { languages, linkTo, type Language } from "@/lib/language";

/**
 * The public room of a debate, the page most readers open. It is the same for everyone who
 * reads it in one interface language (the header asks who is signed in by itself), so Next
 * keeps the rendered page per reading language × interface language and serves it from memory,
 * rendering it again in the background at most every `revalidate` seconds while it is read.
 * Every open page also subscribes to the room's live stream, whose first event is a snapshot
 * of all scores, so a reader sees current scores whichever copy they were served.
 *
 * Readers reach it as /debates/[slug] and /debates/[slug]?lang=… (a rewrite in next.config.ts
 * adds the interface language); ?room=… goes to the per-request page one level up. See
 * docs/decisions/0010-cached-public-page.md and 0030-interface-language.md.
 */
export const revalidate = 10;
// Static whatever the code below reads: cookies and headers read during this render are empty
// (never one reader's), which is also how the root layout knows to leave the document to us.
export const dynamic = "force-static";

/** No page is rendered at build time (the database need not exist then): each on first visit. */
export function generateStaticParams(): { slug: string; lang: string; ui: string }[] {
  return [];
}

type Props = PageProps<"/debates/[slug]/public/[lang]/[ui]">;

const languageOf = (value: string) => languages.find((l): l is Language => l === value);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, lang, ui } = await props.params;
  const debate = await getDebate(slug).catch(() => null);
  const language = languageOf(lang);
  const locale = uiLocaleOfParam(ui) ?? "en";
  const t = await getTranslations({ locale, namespace: "debate" });
  if (!debate || !language) return { title: t("notFound") };
  return {
    title: locale === "en" ? debate.titleEn : debate.titleZh,
    description: (await getTranslations({ locale, namespace: "site" }))("description"),
    alternates: { canonical: linkTo(`/debates/${slug}`, { lang: language }) },
  };
}

export default async function PublicDebatePage(props: Props) {
  const { slug, lang, ui } = await props.params;
  const language = languageOf(lang);
  const locale = uiLocaleOfParam(ui);
  if (!language || !locale) notFound();
  setRequestLocale(locale);
  const debate = await getDebate(slug);
  if (!debate) notFound();
  return (
    <SiteDocument locale={locale} path={`/debates/${slug}`}>
      <DebateView debate={debate} view={{ lang: language }} />
    </SiteDocument>
  );
}
