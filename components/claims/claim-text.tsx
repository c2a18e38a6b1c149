import { useLocale, useTranslations } from "next-intl";
import type { Language } from "@/lib/language";
import { splitOnSearch } from "@/lib/tree/query";

/** Shown where a reader's claim lacks a language: anyone may suggest a translation. */
function NotYetTranslated({ lang }: { lang: "zh" | "en" }) {
  const t = useTranslations("claim");
  // The Chinese words, glossed for English readers; a Chinese interface needs no gloss.
  const gloss = useLocale() === "en";
  return (
    <span className="text-sm text-stone-600 italic" data-untranslated={lang}>
      {lang === "zh" ? (
        <>
          <span lang="zh-Hant">尚未翻譯</span>
          {gloss && <> {t("notTranslatedZh")}</>}
        </>
      ) : (
        t("notTranslated")
      )}
    </span>
  );
}

/**
 * A claim's wording in the reader's language; both stacked when side by side. A reader's
 * claim may be written in one language only: the other says so, and a single-language view
 * falls back to the language it has.
 */
export function ClaimText({
  textZh,
  textEn,
  lang,
  highlight,
}: {
  textZh: string;
  textEn: string;
  lang: Language;
  /** A search whose hits are marked (<mark>) in the wording. */
  highlight?: string;
}) {
  const zh = textZh ? (
    <span lang="zh-Hant">
      <Marked text={textZh} search={highlight} />
    </span>
  ) : null;
  const en = <Marked text={textEn} search={highlight} />;
  if (lang === "zh")
    return (
      zh ?? (
        <>
          <span lang="en">{en}</span> <NotYetTranslated lang="zh" />
        </>
      )
    );
  if (lang === "en")
    return textEn ? (
      <span lang="en">{en}</span>
    ) : (
      <>
        {zh} <NotYetTranslated lang="en" />
      </>
    );
  return (
    <>
      <span lang="zh-Hant" className="block">
        {textZh ? <Marked text={textZh} search={highlight} /> : <NotYetTranslated lang="zh" />}
      </span>
      <span lang="en" className="text-en-sub">
        {textEn ? en : <NotYetTranslated lang="en" />}
      </span>
    </>
  );
}

function Marked({ text, search }: { text: string; search?: string }) {
  if (!search) return text;
  return splitOnSearch(text, search).map((part, i) =>
    part.hit ? <mark key={i}>{part.text}</mark> : part.text,
  );
}
