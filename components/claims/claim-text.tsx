import type { Language } from "@/lib/language";

/** Shown where a reader's claim lacks a language: anyone may suggest a translation. */
function NotYetTranslated({ lang }: { lang: "zh" | "en" }) {
  return (
    <span className="text-sm text-stone-600 italic" data-untranslated={lang}>
      {lang === "zh" ? (
        <>
          <span lang="zh-Hant">尚未翻譯</span> (not yet translated)
        </>
      ) : (
        "Not yet translated"
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
}: {
  textZh: string;
  textEn: string;
  lang: Language;
}) {
  const zh = textZh ? <span lang="zh-Hant">{textZh}</span> : null;
  if (lang === "zh")
    return (
      zh ?? (
        <>
          <span>{textEn}</span> <NotYetTranslated lang="zh" />
        </>
      )
    );
  if (lang === "en")
    return textEn ? (
      <span>{textEn}</span>
    ) : (
      <>
        <span lang="zh-Hant">{textZh}</span> <NotYetTranslated lang="en" />
      </>
    );
  return (
    <>
      <span lang="zh-Hant" className="block">
        {textZh || <NotYetTranslated lang="zh" />}
      </span>
      <span className="text-en-sub">{textEn || <NotYetTranslated lang="en" />}</span>
    </>
  );
}
