import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimTree } from "@/components/claims/claim-tree";
import { EssayView } from "@/components/essay/essay-view";
import { LanguageSwitch } from "@/components/language-switch";
import { LiveTally } from "@/components/live/live-tally";
import { ThesisChart } from "@/components/live/thesis-chart";
import { PrivateRoom } from "@/components/private-room";
import { ScoreBadge } from "@/components/score-badge";
import { buildClaimTree } from "@/lib/claim-tree";
import { getDebate, publicThesisScore } from "@/lib/debates";
import { linkTo, parseLanguage, type View } from "@/lib/language";
import { loadRoom, roomParam } from "@/lib/page-room";
import { currentViewer } from "@/lib/session";
import { thesisScoreHistory } from "@/lib/tally/read";

export async function generateMetadata(props: PageProps<"/debates/[slug]">): Promise<Metadata> {
  const debate = await getDebate((await props.params).slug).catch(() => null);
  return { title: debate?.titleEn ?? "Debate not found" };
}

export default async function DebatePage(props: PageProps<"/debates/[slug]">) {
  const { slug } = await props.params;
  const search = await props.searchParams;
  const view: View = { lang: parseLanguage(search.lang), room: roomParam(search.room) };
  const viewer = await currentViewer();
  const loaded = await loadRoom(() => getDebate(slug, { roomId: view.room, viewer }));
  if (loaded.error)
    return <PrivateRoom error={loaded.error} next={linkTo(`/debates/${slug}`, view)} />;
  const debate = loaded.data;
  if (!debate) notFound();
  const tree = buildClaimTree(debate.claims);
  const thesis = debate.claims.find((c) => c.parentId === null)!;
  const [history, publicScore] = await Promise.all([
    thesisScoreHistory(debate.roomId),
    debate.classId ? publicThesisScore(debate.id) : Promise.resolve(null),
  ]);
  const { lang } = view;

  return (
    <article>
      <header className="mb-6 space-y-2">
        {debate.classId && (
          <p className="inline-block rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900">
            Class room — only your class sees its evidence, votes and scores
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
              className={lang === "both" ? "block text-lg font-medium text-stone-700" : "block"}
            >
              {debate.titleEn}
            </span>
          )}
        </h1>
        <p className="text-sm text-stone-700">
          {debate.publisher} · {debate.author}
        </p>
        {publicScore !== null && (
          <div
            className="flex flex-wrap items-center gap-4 rounded-md border border-stone-200 bg-white p-3"
            data-testid="verdicts"
          >
            <span className="text-sm">
              Class verdict on the thesis{" "}
              <ScoreBadge claimId={thesis.id} score={thesis.tally.score} />
            </span>
            <span className="text-sm" data-testid="public-verdict">
              Public verdict{" "}
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
            Jump to the argument tree
          </a>
          <LiveTally slug={slug} roomId={view.room} thesisId={thesis.id} />
        </div>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="essay-heading" className="min-w-0">
          <h2 id="essay-heading" className="sr-only">
            The essay
          </h2>
          <p className="mb-4 text-sm text-stone-700">
            <mark className="rounded-sm bg-anchor px-1">Highlighted</mark> passages are claims: open
            one to see its evidence and score.
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
            Argument tree
          </h2>
          <div className="mb-4">
            <ThesisChart initial={history.map((h) => h.score)} thesisId={thesis.id} />
          </div>
          {tree ? (
            <ClaimTree node={tree} slug={slug} view={view} />
          ) : (
            <p className="text-stone-700">This debate has no claims yet.</p>
          )}
        </section>
      </div>
    </article>
  );
}
