import type { Language } from "@/lib/language";
import { splitOnSearch } from "@/lib/tree/query";

/** A claim's wording in the reader's language; both stacked when side by side. */
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
  const zh = <Marked text={textZh} search={highlight} />;
  const en = <Marked text={textEn} search={highlight} />;
  if (lang === "zh") return <span lang="zh-Hant">{zh}</span>;
  if (lang === "en") return <span>{en}</span>;
  return (
    <>
      <span lang="zh-Hant" className="block">
        {zh}
      </span>
      <span className="text-en-sub">{en}</span>
    </>
  );
}

function Marked({ text, search }: { text: string; search?: string }) {
  if (!search) return text;
  return splitOnSearch(text, search).map((part, i) =>
    part.hit ? <mark key={i}>{part.text}</mark> : part.text,
  );
}
