import { getTranslations } from "next-intl/server";
import { ClaimTree } from "@/components/claims/claim-tree";
import { OnDemandBranches } from "@/components/claims/on-demand-branch";
import { TreeSearch } from "@/components/claims/tree-search";
import { TreeTools } from "@/components/claims/tree-tools";
import { EssayView } from "@/components/essay/essay-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "@/components/language-switch";
import { Downloads } from "@/components/exports/downloads";
import { LiveTally } from "@/components/live/live-tally";
import { NewClaimsNotice } from "@/components/live/new-claims-notice";
import { MindPanel } from "@/components/mind/mind-panel";
import { ThesisChart } from "@/components/live/thesis-chart";
import { buildClaimTree, cutClaimTree } from "@/lib/claim-tree";
import { publicThesisHistory, publicThesisScore, type DebateView as Debate } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";
import { mindChangesOfDebate } from "@/lib/mind/summary";
import { emptyMindSummary } from "@/lib/mind/shape";
import { thesisScoreHistory } from "@/lib/tally/read";
import { onDemandRule } from "@/lib/tree/on-demand";
import { SnapshotChart, SnapshotVerdicts } from "./class-room-shell";
import { Verdicts } from "./verdicts";
import {
  isTreeFiltered,
  queryClaimTree,
  type TreeActivity,
  type TreeQuery,
} from "@/lib/tree/query";

/**
 * A debate read in one room: the essay with its claims highlighted, the argument tree with live
 * scores, and the thesis history. The same for every reader of the room, so the public room's
 * page can be cached; the live stream brings each open page up to date.
 *
 * As a class room's `shell` (inside ClassRoomShell) it holds no score, verdict, history or
 * count of minds: those are the class's, filled in the browser from the members-only snapshot,
 * so the page itself can be cached for every reader of the room (decision 0028).
 */
export async function DebateView({
  debate,
  view,
  query = {},
  searching = false,
  activity = { votes: new Map() },
  shell = false,
}: {
  debate: Debate;
  view: View;
  /** Show only the claims that match (and the path to them); the whole tree when empty. */
  query?: TreeQuery;
  /** Show the search form (the per-request page), not only the link to it. */
  searching?: boolean;
  activity?: TreeActivity;
  /** The cached shell of a class room: no scores, nothing private (decision 0028). */
  shell?: boolean;
}) {
  const slug = debate.slug;
  const claims = shell
    ? debate.claims.map((c) => ({ ...c, tally: { ...c.tally, score: Number.NaN } }))
    : debate.claims;
  // Unless the tree is searched or filtered (rendered per request), the page holds the essay's
  // claims down to the page's depth: readers' claims and the essay's deeper ones are branches
  // loaded when opened, in every room (decisions 0032, 0033).
  const onDemand = !isTreeFiltered(query);
  const whole = buildClaimTree(onDemand ? claims.filter((c) => c.proposedBy === null) : claims);
  const filtered = whole && !onDemand ? queryClaimTree(whole, query, activity) : null;
  const tree =
    filtered?.tree ?? (whole && onDemand ? cutClaimTree(whole, onDemandRule(claims)) : whole);
  const thesis = claims.find((c) => c.parentId === null)!;
  const [history, publicScore, publicHistory, minds] = shell
    ? [[], null, undefined, emptyMindSummary(view.room!)]
    : await Promise.all([
        thesisScoreHistory(debate.roomId).then(toHundredths),
        debate.classId ? publicThesisScore(debate.id) : Promise.resolve(null),
        debate.classId
          ? publicThesisHistory(debate.id).then(toHundredths)
          : Promise.resolve(undefined),
        mindChangesOfDebate(debate),
      ]);
  const [t, mapT, navT] = await Promise.all([
    getTranslations("debate"),
    getTranslations("map"),
    getTranslations("treeNav"),
  ]);
  const { lang } = view;

  return (
    <article>
      <a href="#argument-tree" className="skip-link">
        {navT("skipToTree")}
      </a>
      <header className="mb-6 space-y-2">
        {(shell || debate.classId) && (
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
        {shell ? (
          <SnapshotVerdicts thesisId={thesis.id} />
        ) : (
          publicScore !== null && (
            <Verdicts
              thesisId={thesis.id}
              classScore={thesis.tally.score}
              publicScore={publicScore}
            />
          )
        )}
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch path={`/debates/${slug}`} current={lang} room={view.room} />
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
      <nav aria-label={navT("views")} className="view-switch mb-4 flex gap-1 text-sm lg:hidden">
        <a href="#essay" data-pane="essay">
          {navT("essay")}
        </a>
        <a href="#argument-tree" data-pane="tree">
          {navT("tree")}
        </a>
        <a href={linkTo(`/debates/${slug}/map`, view)}>{navT("map")}</a>
      </nav>
      <div className="debate-panes grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section id="essay" aria-labelledby="essay-heading" className="min-w-0">
          <h2 id="essay-heading" className="sr-only">
            {t("essay")}
          </h2>
          <p className="mb-4 text-sm text-stone-700">
            {t.rich("highlightHint", {
              mark: (text) => <mark className="rounded-sm bg-anchor px-1">{text}</mark>,
            })}
          </p>
          <EssayView paragraphs={debate.paragraphs} claims={claims} slug={slug} view={view} />
        </section>
        <section
          id="argument-tree"
          aria-labelledby="tree-heading"
          tabIndex={-1}
          className="min-w-0 focus:outline-none lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
        >
          <h2 id="tree-heading" className="mb-1 text-xl font-semibold">
            {t("tree")}
          </h2>
          <p className="mb-3 text-xs text-stone-600">{navT("scores")}</p>
          <div className="mb-4">
            <ClientMessages namespaces={["chart"]}>
              {shell ? (
                <SnapshotChart thesisId={thesis.id} />
              ) : (
                <ThesisChart initial={history} thesisId={thesis.id} publicLine={publicHistory} />
              )}
            </ClientMessages>
          </div>
          <TreeSearch slug={slug} view={view} query={query} open={searching} />
          {query.new && !activity.newSince ? (
            <p className="mb-3 text-sm text-stone-700" role="status">
              {navT("noEarlierVisit")}
            </p>
          ) : (
            filtered && (
              <p className="mb-3 text-sm text-stone-700" role="status">
                {navT("matches", { count: filtered.matches })}
              </p>
            )
          )}
          {/* One set of messages for the tree's islands: each provider sends its own copy. */}
          <ClientMessages namespaces={onDemand ? ["tree", "score", "treeNav"] : ["treeNav"]}>
            {/* The branches loaded on demand follow new claims by themselves. */}
            {!onDemand && <NewClaimsNotice claimIds={debate.claims.map((c) => c.id)} />}
            <TreeTools slug={slug} room={view.room} />
            {tree ? (
              <>
                <ClaimTree node={tree} slug={slug} view={view} highlight={query.q} />
                {onDemand && <OnDemandBranches slug={slug} view={view} />}
              </>
            ) : (
              <p className="text-stone-700">{t("noClaims")}</p>
            )}
          </ClientMessages>
        </section>
      </div>
    </article>
  );
}

/**
 * The chart's points to a hundredth of a point, finer than it draws or rounds to (a tenth would
 * move a score at x.45 to the next whole number): the history, up to 200 points, is a client
 * component's prop in the React payload, and full precision was 12 characters more per point.
 */
function toHundredths(history: { score: number; at: string }[]) {
  return history.map((p) => ({ score: Math.round(p.score * 100) / 100, at: p.at }));
}
