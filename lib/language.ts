export const languages = ["both", "zh", "en"] as const;
export type Language = (typeof languages)[number];

export const languageLabels: Record<Language, string> = {
  zh: "繁體中文",
  en: "English",
  both: "Side by side",
};

/** The reading language from a `?lang=` value; `fallback` when absent or unknown. */
export function parseLanguage(
  value: string | string[] | undefined,
  fallback: Language = "both",
): Language {
  const v = Array.isArray(value) ? value[0] : value;
  return languages.find((l) => l === v) ?? fallback;
}

/**
 * The essay's language for a reader who has not chosen one: the interface's, the Chinese
 * original for a Chinese interface (decision 0033). Side by side is a choice, not the default:
 * it sends every paragraph and claim twice.
 */
export const defaultLanguageOf = (locale: string): Language => (locale === "en" ? "en" : "zh");

/** How a reader is looking at a debate: in which language, and in which room (public when absent). */
export type View = { lang: Language; room?: string };

/**
 * A link to `path` that keeps the reader's language and room. The language is always named:
 * the default follows the interface language, and a reader who chose one keeps it.
 */
export function linkTo(path: string, view: View) {
  const params = new URLSearchParams({ lang: view.lang });
  if (view.room) params.set("room", view.room);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
