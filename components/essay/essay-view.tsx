import { useTranslations } from "next-intl";
import type { ClaimView, ParagraphView } from "@/lib/debates";
import { linkTo, type View } from "@/lib/language";
import { HighlightedText } from "./highlighted-text";

type Props = { paragraphs: ParagraphView[]; claims: ClaimView[]; slug: string; view: View };

/**
 * The essay in reading view. Claims are anchored to quotes in the original text, so the
 * Chinese column highlights them in place; in English alone each paragraph lists its claims.
 * Styled by `.essay-text` (app/globals.css) rather than classes on each paragraph, and in one
 * language marked once on the whole: the page sends its markup twice, in the HTML and in the
 * React payload (decision 0033).
 */
export function EssayView({ paragraphs, claims, slug, view }: Props) {
  const byParagraph = new Map<string, ClaimView[]>();
  for (const claim of claims) {
    if (!claim.anchor) continue;
    const list = byParagraph.get(claim.anchor.paragraphId) ?? [];
    byParagraph.set(claim.anchor.paragraphId, [...list, claim]);
  }
  const one = view.lang === "both" ? undefined : view.lang === "zh" ? "zh-Hant" : "en";
  return (
    <div className="essay-text space-y-4" lang={one}>
      {/* Keys by position, here and below: the list never changes in place, and an id as a key
          is sent once more for every element in the React payload. */}
      {paragraphs.map((p, i) => {
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
          <Paragraph key={i} id={p.id} kind={p.kind} view={view} zh={zh} en={en}>
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
  const Tag = kind === "heading" ? "h3" : "p";
  const caption = kind === "caption" ? "" : undefined;
  if (view.lang !== "both" && !children)
    return (
      <Tag id={id} data-caption={caption}>
        {view.lang === "zh" ? zh : en}
      </Tag>
    );
  if (view.lang !== "both")
    return (
      <div id={id}>
        <Tag data-caption={caption}>{view.lang === "zh" ? zh : en}</Tag>
        {children}
      </div>
    );
  return (
    <div id={id} className="grid gap-2 md:grid-cols-2 md:gap-6">
      <Tag lang="zh-Hant" data-caption={caption}>
        {zh}
      </Tag>
      <Tag lang="en" data-caption={caption}>
        {en}
      </Tag>
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
    <aside className="essay-context" data-testid="paragraph-context">
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

/**
 * In English alone, each paragraph names its claims by their first words: the whole wording is
 * in the tree and on the claim's page, one click away. Every claim's full wording here, twice
 * over (in the HTML and the React payload), was a third of the English page (decision 0033).
 */
function ClaimMarkers({ claims, slug, view }: { claims: ClaimView[]; slug: string; view: View }) {
  return (
    <span className="claim-markers">
      {claims.map((c, i) => (
        <a key={i} href={linkTo(`/debates/${slug}/claims/${c.id}`, view)}>
          {firstWords(c.textEn)}
        </a>
      ))}
    </span>
  );
}

const MARKER_LENGTH = 40;

/** The wording cut at a word's end within MARKER_LENGTH characters, "…" saying so. */
export function firstWords(text: string): string {
  if (text.length <= MARKER_LENGTH) return text;
  const cut = text.lastIndexOf(" ", MARKER_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : MARKER_LENGTH).replace(/[\s,;:.–-]+$/, "")}…`;
}
