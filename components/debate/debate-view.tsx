import { getTranslations } from "next-intl/server";
import { CheckFilter } from "@/components/claims/check-filter";
import { ClaimTree } from "@/components/claims/claim-tree";
import { EssayView } from "@/components/essay/essay-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "@/components/language-switch";
import { Downloads } from "@/components/exports/downloads";
import { LiveTally } from "@/components/live/live-tally";
import { MindPanel } from "@/components/mind/mind-panel";
import { ThesisChart } from "@/components/live/thesis-chart";
import { ScoreBadge } from "@/components/score-badge";
import type { FactCheckStatus } from "@/db/schema/enums";
import { buildClaimTree, filterClaimTree } from "@/lib/claim-tree";
import { publicThesisHistory, publicThesisScore, type DebateView as Debate } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";
import { mindChangesOfDebate } from "@/lib/mind/summary";
import { thesisScoreHistory } from "@/lib/tally/read";

/**
 * A debate read in one room: the essay with its claims highlighted, the argument tree with live
 * scores, and the thesis history. The same for every reader of the room, so the public room's
 * page can be cached; the live stream brings each open page up to date.
 */
export async function DebateView({
  debate,
  view,
  checkFilter,
}: {
  debate: Debate;
  view: View;
  /** Show only claims with this fact-check status (and the path to them). */
  checkFilter?: FactCheckStatus;
}) {
  const slug = debate.slug;
  const whole = buildClaimTree(debate.claims);
  const tree =
    whole && checkFilter ? filterClaimTree(whole, (c) => c.factCheck === checkFilter) : whole;
  const thesis = debate.claims.find((c) => c.parentId === null)!;
  const [history, publicScore, publicHistory, minds, t, mapT] = await Promise.all([
    thesisScoreHistory(debate.roomId),
    debate.classId ? publicThesisScore(debate.id) : Promise.resolve(null),
    debate.classId ? publicThesisHistory(debate.id) : Promise.resolve(undefined),
    mindChangesOfDebate(debate),
    getTranslations("debate"),
    getTranslations("map"),
  ]);
  const { lang } = view;

  return (
    <article>
      <header className="mb-6 space-y-2">
        {debate.classId && (
          <p className="inline-block rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900">
            {t("classRoom")}
          </p>
        )}
        <h1 className="text-2xl font-bold sm:text-3xl">
          {lang !== "en" && (
            <span lang="zh-Hant" className="block">
              {debate.titleZh}
            </span>
          )}
          {lang !== "zh" && (
            <span
              lang="en"
              className={lang === "both" ? "block text-lg font-medium text-stone-700" : "block"}
            >
              {debate.titleEn}
            </span>
          )}
        </h1>
        <p className="text-sm text-stone-700" translate="no">
          {debate.publisher} · {debate.author}
        </p>
        {publicScore !== null && (
          <div
            className="flex flex-wrap items-center gap-4 rounded-md border border-stone-200 bg-white p-3"
            data-testid="verdicts"
          >
            <span className="text-sm">
              {t("classVerdict")} <ScoreBadge claimId={thesis.id} score={thesis.tally.score} />
            </span>
            <span className="text-sm" data-testid="public-verdict">
              {t("publicVerdict")}{" "}
              <span className="font-semibold tabular-nums">{Math.round(publicScore)}</span>
            </span>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch path={`/debates/${slug}`} current={lang} room={view.room} />
          <a
            href="#argument-tree"
            className="text-sm text-blue-800 underline underline-offset-4 lg:hidden"
          >
            {t("jumpToTree")}
          </a>
          <a
            href={linkTo(`/debates/${slug}/map`, view)}
            className="text-sm text-blue-800 underline underline-offset-4"
          >
            {mapT("linkFromDebate")}
          </a>
          <LiveTally slug={slug} roomId={view.room} thesisId={thesis.id} />
        </div>
        <Downloads slug={slug} roomId={view.room} />
      </header>
      <div className="mb-8">
        <MindPanel
          slug={slug}
          view={view}
          thesis={lang === "zh" ? thesis.textZh : thesis.textEn}
          initial={minds}
        />
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="essay-heading" className="min-w-0">
          <h2 id="essay-heading" className="sr-only">
            {t("essay")}
          </h2>
          <p className="mb-4 text-sm text-stone-700">
            {t.rich("highlightHint", {
              mark: (text) => <mark className="rounded-sm bg-anchor px-1">{text}</mark>,
            })}
          </p>
          <EssayView
            paragraphs={debate.paragraphs}
            claims={debate.claims}
            slug={slug}
            view={view}
          />
        </section>
        <section
          id="argument-tree"
          aria-labelledby="tree-heading"
          className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
        >
          <h2 id="tree-heading" className="mb-3 text-xl font-semibold">
            {t("tree")}
          </h2>
          <div className="mb-4">
            <ClientMessages namespaces={["chart"]}>
              <ThesisChart initial={history} thesisId={thesis.id} publicLine={publicHistory} />
            </ClientMessages>
          </div>
          <CheckFilter slug={slug} view={view} current={checkFilter} />
          {checkFilter && (
            <p className="mb-3 text-sm text-stone-700" role="status">
              {t("filtered", {
                count: debate.claims.filter((c) => c.factCheck === checkFilter).length,
              })}
            </p>
          )}
          {tree ? (
            <ClaimTree node={tree} slug={slug} view={view} />
          ) : (
            <p className="text-stone-700">{t("noClaims")}</p>
          )}
        </section>
      </div>
    </article>
  );
}
