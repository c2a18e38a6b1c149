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

/** How a reader is looking at a debate: in which language, and in which room (public when absent). */
export type View = { lang: Language; room?: string };

/** A link to `path` that keeps the reader's language and room. */
export function linkTo(path: string, view: View) {
  const params = new URLSearchParams();
  if (view.lang !== "both") params.set("lang", view.lang);
  if (view.room) params.set("room", view.room);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
