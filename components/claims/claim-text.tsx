import type { Language } from "@/lib/language";

/** A claim's wording in the reader's language; both stacked when side by side. */
export function ClaimText({
  textZh,
  textEn,
  lang,
}: {
  textZh: string;
  textEn: string;
  lang: Language;
}) {
  if (lang === "zh") return <span lang="zh-Hant">{textZh}</span>;
  if (lang === "en") return <span lang="en">{textEn}</span>;
  return (
    <>
      <span lang="zh-Hant" className="block">
        {textZh}
      </span>
      <span lang="en" className="text-en-sub">
        {textEn}
      </span>
    </>
  );
}
