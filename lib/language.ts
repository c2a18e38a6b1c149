export const languages = ["both", "zh", "en"] as const;
export type Language = (typeof languages)[number];

export const languageLabels: Record<Language, string> = {
  zh: "繁體中文",
  en: "English",
  both: "Side by side",
};

/** The reading language from a `?lang=` value; side by side when absent or unknown. */
export function parseLanguage(value: string | string[] | undefined): Language {
  const v = Array.isArray(value) ? value[0] : value;
  return languages.find((l) => l === v) ?? "both";
}

/** A link to `path` keeping the reader's language (side by side is the default, left out). */
export function withLanguage(path: string, lang: Language) {
  return lang === "both" ? path : `${path}?lang=${lang}`;
}
