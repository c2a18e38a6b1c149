import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClaimTree } from "@/components/claims/claim-tree";
import { RoomBanner } from "@/components/classes/room-banner";
import { LiveTally } from "@/components/live/live-tally";
import { ArgumentMap } from "@/components/map/argument-map";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PrivateRoom } from "@/components/private-room";
import { buildClaimTree } from "@/lib/claim-tree";
import { getDebate } from "@/lib/debates";
import { loadDebatePage } from "@/lib/debate-page";
import { linkTo } from "@/lib/language";

export async function generateMetadata(props: PageProps<"/debates/[slug]/map">): Promise<Metadata> {
  const debate = await getDebate((await props.params).slug).catch(() => null);
  const [t, locale] = await Promise.all([getTranslations("map"), getLocale()]);
  if (!debate) return { title: t("title") };
  return { title: `${t("title")}: ${locale === "en" ? debate.titleEn : debate.titleZh}` };
}

/** The whole argument at a glance, its own route so the debate page stays as light as it is. */
export default async function ArgumentMapPage(props: PageProps<"/debates/[slug]/map">) {
  const { slug } = await props.params;
  const search = await props.searchParams;
  const { view, loaded } = await loadDebatePage(slug, search);
  if (loaded.error)
    return <PrivateRoom error={loaded.error} next={linkTo(`/debates/${slug}/map`, view)} />;
  if (!loaded.data) notFound();
  const { debate, context } = loaded.data;
  const root = buildClaimTree(debate.claims);
  if (!root) notFound();
  const t = await getTranslations("map");
  return (
    <>
      <RoomBanner context={context} slug={slug} />
      <article className="space-y-6">
        <header className="space-y-2">
          <p>
            <a
              href={linkTo(`/debates/${slug}`, view)}
              className="text-sm text-blue-800 underline underline-offset-4"
            >
              {t("back")}
            </a>
          </p>
          <h1 className="text-2xl font-bold sm:text-3xl">
            {t("title")}:{" "}
            <span lang={view.lang === "zh" ? "zh-Hant" : "en"}>
              {view.lang === "zh" ? debate.titleZh : debate.titleEn}
            </span>
          </h1>
          <p className="text-sm text-stone-700">{t("intro")}</p>
          <LiveTally slug={slug} roomId={view.room} thesisId={root.id} />
        </header>
        <ClientMessages namespaces={["map"]}>
          <ArgumentMap root={root} slug={slug} view={view} />
        </ClientMessages>
        <section aria-labelledby="map-tree-heading" className="min-w-0">
          <h2 id="map-tree-heading" className="mb-3 text-xl font-semibold">
            {t("treeHeading")}
          </h2>
          <ClaimTree node={root} slug={slug} view={view} />
        </section>
      </article>
    </>
  );
}
