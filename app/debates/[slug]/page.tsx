import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimTree } from "@/components/claims/claim-tree";
import { EssayView } from "@/components/essay/essay-view";
import { LanguageSwitch } from "@/components/language-switch";
import { buildClaimTree } from "@/lib/claim-tree";
import { getDebate } from "@/lib/debates";
import { parseLanguage } from "@/lib/language";
import { thesisScoreHistory } from "@/lib/tally/read";
import { LiveTally } from "@/components/live/live-tally";
import { ThesisChart } from "@/components/live/thesis-chart";

export async function generateMetadata(props: PageProps<"/debates/[slug]">): Promise<Metadata> {
  const debate = await getDebate((await props.params).slug);
  return { title: debate?.titleEn ?? "Debate not found" };
}

export default async function DebatePage(props: PageProps<"/debates/[slug]">) {
  const { slug } = await props.params;
  const lang = parseLanguage((await props.searchParams).lang);
  const debate = await getDebate(slug);
  if (!debate) notFound();
  const tree = buildClaimTree(debate.claims);
  const thesis = debate.claims.find((c) => c.parentId === null)!;
  const history = await thesisScoreHistory(debate.roomId);

  return (
    <article>
      <header className="mb-6 space-y-2">
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
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch path={`/debates/${slug}`} current={lang} />
          <a
            href="#argument-tree"
            className="text-sm text-blue-800 underline underline-offset-4 lg:hidden"
          >
            Jump to the argument tree
          </a>
          <LiveTally slug={slug} thesisId={thesis.id} />
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
            lang={lang}
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
            <ClaimTree node={tree} slug={slug} lang={lang} />
          ) : (
            <p className="text-stone-700">This debate has no claims yet.</p>
          )}
        </section>
      </div>
    </article>
  );
}
