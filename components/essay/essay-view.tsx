import { useTranslations } from "next-intl";
import type { ClaimView, ParagraphView } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";
import { HighlightedText } from "./highlighted-text";

type Props = { paragraphs: ParagraphView[]; claims: ClaimView[]; slug: string; view: View };

/**
 * The essay in reading view. Claims are anchored to quotes in the original text, so the
 * Chinese column highlights them in place; in English alone each paragraph lists its claims.
 */
export function EssayView({ paragraphs, claims, slug, view }: Props) {
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
        return (
          <Paragraph key={p.id} id={p.id} kind={p.kind} view={view} zh={zh} en={en}>
            {p.contexts.length > 0 && <ParagraphContexts contexts={p.contexts} view={view} />}
          </Paragraph>
        );
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
  children,
}: {
  id: string;
  kind: ParagraphView["kind"];
  view: View;
  zh: React.ReactNode;
  en: React.ReactNode;
  children?: React.ReactNode;
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
  const enBlock = (
    <Tag lang="en" className={`${style} text-stone-800`}>
      {en}
    </Tag>
  );
  if (view.lang === "zh")
    return (
      <div id={id}>
        {zhBlock}
        {children}
      </div>
    );
  if (view.lang === "en")
    return (
      <div id={id}>
        {enBlock}
        {children}
      </div>
    );
  return (
    <div id={id} className="grid gap-2 md:grid-cols-2 md:gap-6">
      {zhBlock}
      {enBlock}
      {children && <div className="md:col-span-2">{children}</div>}
    </div>
  );
}

/** Background the paragraph gives that bears on no claim: context, not a pro or a con. */
function ParagraphContexts({
  contexts,
  view,
}: {
  contexts: ParagraphView["contexts"];
  view: View;
}) {
  const t = useTranslations("debate.essay_");
  return (
    <aside
      className="mt-1 rounded-md border-l-4 border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-800"
      data-testid="paragraph-context"
    >
      <span className="font-semibold">{t("context")}</span>
      {contexts.map((c, i) => (
        <span key={i} className="block">
          {view.lang !== "en" && <span lang="zh-Hant">{c.noteZh} </span>}
          {view.lang !== "zh" && <span lang="en">{c.noteEn}</span>}
        </span>
      ))}
    </aside>
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
