import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimText } from "@/components/claims/claim-text";
import { EvidenceColumns } from "@/components/claims/evidence-columns";
import { KindBadge, RelationBadge } from "@/components/claims/relation-badge";
import { AnchorInContext } from "@/components/essay/anchor-in-context";
import { LanguageSwitch } from "@/components/language-switch";
import { ScoreBadge } from "@/components/score-badge";
import { ancestorsOf } from "@/lib/claim-tree";
import { getDebate } from "@/lib/debates";
import { parseLanguage, withLanguage } from "@/lib/language";

type Props = PageProps<"/debates/[slug]/claims/[id]">;

async function load(props: Props) {
  const { slug, id } = await props.params;
  const debate = await getDebate(slug);
  const claim = debate?.claims.find((c) => c.id === id);
  if (!debate || !claim) notFound();
  return { debate, claim };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { claim } = await load(props);
  return { title: claim.textEn };
}

export default async function ClaimPage(props: Props) {
  const { debate, claim } = await load(props);
  const lang = parseLanguage((await props.searchParams).lang);
  const ancestors = ancestorsOf(debate.claims, claim.id);
  const children = debate.claims.filter((c) => c.parentId === claim.id);
  const paragraph = debate.paragraphs.find((p) => p.id === claim.anchor?.paragraphId);
  const base = `/debates/${debate.slug}`;

  return (
    <article className="mx-auto max-w-4xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-700">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href={withLanguage(base, lang)} className="underline underline-offset-4">
              {debate.titleEn}
            </Link>
          </li>
          {ancestors.map((a) => (
            <li key={a.id} className="flex items-center gap-1">
              <span aria-hidden="true">›</span>
              <Link
                href={withLanguage(`${base}/claims/${a.id}`, lang)}
                className="underline underline-offset-4"
              >
                {a.parentId === null
                  ? "Thesis"
                  : a.textEn.slice(0, 40) + (a.textEn.length > 40 ? "…" : "")}
              </Link>
            </li>
          ))}
        </ol>
      </nav>

      <header
        data-claim-id={claim.id}
        className="space-y-3 rounded-lg border border-stone-200 bg-white p-5"
      >
        <div className="flex flex-wrap items-center gap-2">
          <RelationBadge relation={claim.relation} />
          <KindBadge kind={claim.kind} />
          {claim.kind === "factual" && (
            <span className="text-xs text-stone-700">Check status: {claim.checkStatus}</span>
          )}
          <span className="ml-auto">
            <ScoreBadge score={claim.tally.score} size="lg" />
          </span>
        </div>
        <h1 className="text-xl font-semibold sm:text-2xl">
          <ClaimText textZh={claim.textZh} textEn={claim.textEn} lang={lang} />
        </h1>
        <LanguageSwitch path={`${base}/claims/${claim.id}`} current={lang} />
      </header>

      {paragraph && claim.anchor && (
        <AnchorInContext paragraph={paragraph} quote={claim.anchor.quote} lang={lang} />
      )}

      <ClaimList
        title="Parent claim"
        claims={ancestors.slice(-1)}
        base={base}
        lang={lang}
        empty="This is the thesis: it has no parent."
      />
      <ClaimList
        title="Claims under this one"
        claims={children}
        base={base}
        lang={lang}
        empty="No claims argue for or against this one yet."
      />
      <EvidenceColumns />
    </article>
  );
}

function ClaimList({
  title,
  claims,
  base,
  lang,
  empty,
}: {
  title: string;
  claims: {
    id: string;
    relation: "supports" | "opposes" | null;
    textZh: string;
    textEn: string;
    tally: { score: number };
  }[];
  base: string;
  lang: ReturnType<typeof parseLanguage>;
  empty: string;
}) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {claims.length === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {claims.map((c) => (
            <li
              key={c.id}
              data-claim-id={c.id}
              className="flex items-start gap-3 rounded-md border border-stone-200 bg-white p-3"
            >
              <RelationBadge relation={c.relation} />
              <Link
                href={withLanguage(`${base}/claims/${c.id}`, lang)}
                className="flex-1 underline-offset-4 hover:underline"
              >
                <ClaimText textZh={c.textZh} textEn={c.textEn} lang={lang} />
              </Link>
              <ScoreBadge score={c.tally.score} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
