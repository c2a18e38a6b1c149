import { useTranslations } from "next-intl";
import type { ParagraphView } from "@/lib/debates";
import type { Language } from "@/lib/language";

/** The paragraph a claim is anchored in, with the quoted span marked. */
export function AnchorInContext({
  paragraph,
  quote,
  lang,
}: {
  paragraph: ParagraphView;
  quote: string;
  lang: Language;
}) {
  const start = paragraph.zh.indexOf(quote);
  const t = useTranslations("debate.essay_");
  return (
    <section
      aria-labelledby="anchor-heading"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="anchor-heading" className="mb-2 text-lg font-semibold">
        {t("inTheEssay")}{" "}
        <span className="text-sm font-normal text-stone-600">
          {t("paragraph", { position: paragraph.position })}
        </span>
      </h2>
      {lang !== "en" && (
        <blockquote lang="zh-Hant" className="leading-loose">
          {start < 0 ? (
            paragraph.zh
          ) : (
            <>
              {paragraph.zh.slice(0, start)}
              <mark className="rounded-sm bg-anchor-strong px-0.5">{quote}</mark>
              {paragraph.zh.slice(start + quote.length)}
            </>
          )}
        </blockquote>
      )}
      {lang !== "zh" && (
        <p lang="en" className="mt-3 text-stone-800">
          {paragraph.en}
        </p>
      )}
    </section>
  );
}
