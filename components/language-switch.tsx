import Link from "next/link";
import { useTranslations } from "next-intl";
import { languageLabels, languages, linkTo, type Language } from "@/lib/language";

/** Reading language: 繁體中文 / English / both side by side. Plain links, so no JavaScript. */
export function LanguageSwitch({
  path,
  current,
  room,
}: {
  path: string;
  current: Language;
  room?: string;
}) {
  const t = useTranslations("debate");
  return (
    <nav
      aria-label={t("readingLanguage")}
      className="inline-flex rounded-md border border-stone-300 bg-white p-0.5"
    >
      {languages.map((lang) => (
        <Link
          key={lang}
          href={linkTo(path, { lang, room })}
          aria-current={lang === current ? "page" : undefined}
          lang={lang === "zh" ? "zh-Hant" : lang === "en" ? "en" : undefined}
          className={`rounded px-3 py-1.5 text-sm ${
            lang === current ? "bg-stone-800 text-white" : "text-stone-800 hover:bg-stone-100"
          }`}
        >
          {lang === "both" ? t("sideBySide") : languageLabels[lang]}
        </Link>
      ))}
    </nav>
  );
}
