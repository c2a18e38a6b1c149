import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RoomBanner } from "@/components/classes/room-banner";
import { DebateView } from "@/components/debate/debate-view";
import { PrivateRoom } from "@/components/private-room";
import { getDebate } from "@/lib/debates";
import { parseCheckFilter } from "@/lib/fact-check-labels";
import { linkTo, parseLanguage, type View } from "@/lib/language";
import { loadRoom, roomParam } from "@/lib/page-room";
import { roomContext } from "@/lib/room-context";
import { currentViewer } from "@/lib/session";

// The public room is served by ./public/[lang]/[ui] (cached; see next.config.ts). This page renders
// class rooms, for their members only, and the tree filtered by fact-check, on every request.

export async function generateMetadata(props: PageProps<"/debates/[slug]">): Promise<Metadata> {
  const [debate, t, locale] = await Promise.all([
    getDebate((await props.params).slug).catch(() => null),
    getTranslations("debate"),
    getLocale(),
  ]);
  if (!debate) return { title: t("notFound") };
  return { title: locale === "en" ? debate.titleEn : debate.titleZh };
}

export default async function DebatePage(props: PageProps<"/debates/[slug]">) {
  const { slug } = await props.params;
  const search = await props.searchParams;
  const view: View = { lang: parseLanguage(search.lang), room: roomParam(search.room) };
  const viewer = await currentViewer();
  const loaded = await loadRoom(async () => {
    const debate = await getDebate(slug, { roomId: view.room, viewer });
    return debate && { debate, context: await roomContext(view.room, viewer) };
  });
  if (loaded.error)
    return <PrivateRoom error={loaded.error} next={linkTo(`/debates/${slug}`, view)} />;
  if (!loaded.data) notFound();
  return (
    <>
      <RoomBanner context={loaded.data.context} slug={slug} />
      <DebateView
        debate={loaded.data.debate}
        view={view}
        checkFilter={parseCheckFilter(search.check)}
      />
    </>
  );
}
