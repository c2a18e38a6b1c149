import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RoomBanner } from "@/components/classes/room-banner";
import { DebateView } from "@/components/debate/debate-view";
import { PrivateRoom } from "@/components/private-room";
import { getDebate } from "@/lib/debates";
import { loadDebatePage } from "@/lib/debate-page";
import { linkTo } from "@/lib/language";
import { treeActivity } from "@/lib/tree/activity";
import { lastVisitCookie, previousVisit } from "@/lib/tree/last-visit";
import { parseTreeQuery, wantsTreeSearch } from "@/lib/tree/query";

// The public room is served by ./public/[lang]/[ui] (cached per reading and interface language;
// see next.config.ts). This page renders class rooms (for their members only) and the tree
// searched or filtered, in any room, on every request.

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
  const { view, loaded } = await loadDebatePage(slug, search);
  if (loaded.error)
    return <PrivateRoom error={loaded.error} next={linkTo(`/debates/${slug}`, view)} />;
  if (!loaded.data) notFound();
  const query = parseTreeQuery(search);
  const lastVisit = query.new
    ? previousVisit((await cookies()).get(lastVisitCookie)?.value)
    : undefined;
  const activity = await treeActivity(loaded.data.debate, query, lastVisit);
  return (
    <>
      <RoomBanner context={loaded.data.context} slug={slug} />
      <DebateView
        debate={loaded.data.debate}
        view={view}
        query={query}
        searching={wantsTreeSearch(search)}
        activity={activity}
      />
    </>
  );
}
