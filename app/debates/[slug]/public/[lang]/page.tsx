import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DebateView } from "@/components/debate/debate-view";
import { getDebate } from "@/lib/debates";
import { languages, linkTo, type Language } from "@/lib/language";

/**
 * The public room of a debate, the page most readers open. It is the same for everyone (the
 * header asks who is signed in by itself), so Next keeps the rendered page and serves it from
 * memory, rendering it again in the background at most every `revalidate` seconds while it is
 * read. Every open page also subscribes to the room's live stream, whose first event is a
 * snapshot of all scores, so a reader sees current scores whichever copy they were served.
 *
 * Readers reach it as /debates/[slug] and /debates/[slug]?lang=… (a rewrite in next.config.ts);
 * ?room=… goes to the per-request page one level up. See docs/decisions/0010-cached-public-page.md.
 */
export const revalidate = 10;
// Fail loudly if anything here ever reads cookies, headers or the query: it would leak one
// reader's page to all.
export const dynamic = "error";

/** No page is rendered at build time (the database need not exist then): each on first visit. */
export function generateStaticParams(): { slug: string; lang: string }[] {
  return [];
}

type Props = PageProps<"/debates/[slug]/public/[lang]">;

const languageOf = (value: string) => languages.find((l): l is Language => l === value);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, lang } = await props.params;
  const debate = await getDebate(slug).catch(() => null);
  const language = languageOf(lang);
  if (!debate || !language) return { title: "Debate not found" };
  return {
    title: debate.titleEn,
    alternates: { canonical: linkTo(`/debates/${slug}`, { lang: language }) },
  };
}

export default async function PublicDebatePage(props: Props) {
  const { slug, lang } = await props.params;
  const language = languageOf(lang);
  if (!language) notFound();
  const debate = await getDebate(slug);
  if (!debate) notFound();
  return <DebateView debate={debate} view={{ lang: language }} />;
}
