import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { ClassRoomShell } from "@/components/debate/class-room-shell";
import { snapshotUrl } from "@/components/debate/snapshot-url";
import { DebateView } from "@/components/debate/debate-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteDocument } from "@/components/site-document";
import { getDebate, getDebateId } from "@/lib/debates";
import { uiLocaleOfParam } from "@/lib/i18n/locale";
import { languages, linkTo, type Language } from "@/lib/language";
import { isClassRoomOf } from "@/lib/rooms";

/**
 * A class room's debate page, as its members open it (/debates/[slug]?room=…, rewritten here by
 * next.config.ts). The page holds nothing private — the essay and the essay's own claims with
 * empty score badges, links that keep the room; the class's proposed claims are branches its
 * members load on demand (decision 0032) — so Next keeps it in memory for every reader of the room,
 * as it does the public room's (decision 0010). The class's scores, verdicts and banner come
 * from the members-only snapshot, which ClassRoomShell asks for in the browser; the live stream
 * keeps them current. See docs/decisions/0028-cached-class-room-page.md.
 */
// No score in it goes stale: only a new claim changes the shell.
export const revalidate = 60;
// Static whatever the code below reads: cookies and headers read during this render are empty
// (never one reader's), which is also how the root layout knows to leave the document to us
// (as the public room's cached page, decision 0030).
export const dynamic = "force-static";

export function generateStaticParams(): { slug: string; room: string; lang: string; ui: string }[] {
  return [];
}

type Props = PageProps<"/debates/[slug]/class/[room]/[lang]/[ui]">;

const languageOf = (value: string) => languages.find((l): l is Language => l === value);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, ui } = await props.params;
  const debate = await getDebate(slug).catch(() => null);
  const locale = uiLocaleOfParam(ui) ?? "en";
  const t = await getTranslations({ locale, namespace: "debate" });
  if (!debate) return { title: t("notFound") };
  return { title: locale === "en" ? debate.titleEn : debate.titleZh };
}

export default async function ClassRoomDebatePage(props: Props) {
  const { slug, room, lang, ui } = await props.params;
  const language = languageOf(lang);
  const locale = uiLocaleOfParam(ui);
  if (!locale) notFound();
  setRequestLocale(locale);
  const debateId = await getDebateId(slug);
  if (!language || !debateId || !(await isClassRoomOf(debateId, room))) notFound();
  const debate = await getDebate(slug);
  if (!debate) notFound();
  const view = { lang: language, room };
  // The browser starts on the snapshot with the page, not after the page's scripts have run.
  preload(snapshotUrl(slug, room), { as: "fetch", crossOrigin: "anonymous" });
  return (
    <SiteDocument locale={locale} path={`/debates/${slug}`}>
      <ClientMessages
        namespaces={[
          "debate",
          "score",
          "classes.banner",
          "classes.sides",
          "classes.private",
          "classes.snapshotFailed",
        ]}
      >
        <ClassRoomShell slug={slug} roomId={room} next={linkTo(`/debates/${slug}`, view)}>
          <DebateView debate={debate} view={view} shell />
        </ClassRoomShell>
      </ClientMessages>
    </SiteDocument>
  );
}
