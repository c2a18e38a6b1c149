import type { ClaimView, ParagraphView } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";
import { HighlightedText } from "./highlighted-text";

type Props = { paragraphs: ParagraphView[]; claims: ClaimView[]; slug: string; view: View };

/**
 * The essay in reading view. Claims are anchored to quotes in the original text, so the
 * Chinese column highlights them in place; in English alone each paragraph lists its claims.
 */
export function EssayView({ paragraphs, claims, slug, view }: Props) {
  const claimLabels = new Map(claims.map((c) => [c.id, c.textEn]));
  const byParagraph = new Map<string, ClaimView[]>();
  for (const claim of claims) {
    if (!claim.anchor) continue;
    const list = byParagraph.get(claim.anchor.paragraphId) ?? [];
    byParagraph.set(claim.anchor.paragraphId, [...list, claim]);
  }
  return (
    <div className="space-y-4">
      {paragraphs.map((p) => {
        const anchored = byParagraph.get(p.id) ?? [];
        const zh = (
          <HighlightedText
            text={p.zh}
            anchors={anchored.map((c) => ({ claimId: c.id, quote: c.anchor!.quote }))}
            slug={slug}
            view={view}
            claimLabels={claimLabels}
          />
        );
        const en =
          view.lang === "en" ? (
            <>
              {p.en}
              {anchored.length > 0 && <ClaimMarkers claims={anchored} slug={slug} view={view} />}
            </>
          ) : (
            p.en
          );
        return <Paragraph key={p.id} id={p.id} kind={p.kind} view={view} zh={zh} en={en} />;
      })}
    </div>
  );
}

function Paragraph({
  id,
  kind,
  view,
  zh,
  en,
}: {
  id: string;
  kind: ParagraphView["kind"];
  view: View;
  zh: React.ReactNode;
  en: React.ReactNode;
}) {
  const style =
    kind === "heading"
      ? "text-lg font-semibold text-stone-900 pt-4"
      : kind === "caption"
        ? "text-sm italic text-stone-600"
        : "leading-relaxed";
  const Tag = kind === "heading" ? "h3" : "p";
  const zhBlock = (
    <Tag lang="zh-Hant" className={`${style} leading-loose`}>
      {zh}
    </Tag>
  );
  const enBlock = <Tag className={`${style} text-stone-800`}>{en}</Tag>;
  if (view.lang === "zh") return <div id={id}>{zhBlock}</div>;
  if (view.lang === "en") return <div id={id}>{enBlock}</div>;
  return (
    <div id={id} className="grid gap-2 md:grid-cols-2 md:gap-6">
      {zhBlock}
      {enBlock}
    </div>
  );
}

function ClaimMarkers({ claims, slug, view }: { claims: ClaimView[]; slug: string; view: View }) {
  return (
    <span className="mt-1 flex flex-wrap gap-1.5">
      {claims.map((c) => (
        <a
          key={c.id}
          href={linkTo(`/debates/${slug}/claims/${c.id}`, view)}
          data-anchor-for={c.id}
          className="rounded bg-anchor px-1.5 py-0.5 text-xs text-stone-900 underline decoration-amber-600 underline-offset-2 hover:bg-anchor-strong"
        >
          {c.textEn}
        </a>
      ))}
    </span>
  );
}
