/**
 * The interface language (buttons, labels, messages), separate from the essay's reading
 * language in lib/language.ts. Plain module: the proxy, route handlers and client components
 * all decide it the same way. See docs/decisions/0030-interface-language.md.
 */
export const uiLocales = ["zh-Hant", "en"] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultUiLocale: UiLocale = "en";

/** The cookie that remembers the reader's choice, and the `?ui=` values that set it. */
export const UI_COOKIE = "agora-ui";
export const uiParams = { zh: "zh-Hant", en: "en" } as const satisfies Record<string, UiLocale>;
export type UiParam = keyof typeof uiParams;

/** The request header the proxy sets from `?ui=` so that the same request already uses it. */
export const UI_HEADER = "x-agora-ui";

export const isUiLocale = (value: unknown): value is UiLocale =>
  uiLocales.includes(value as UiLocale);

/** `zh` / `en` (as in `?ui=` and the cached page's path) to a locale, or undefined. */
export function uiLocaleOfParam(value: string | null | undefined): UiLocale | undefined {
  return value && Object.hasOwn(uiParams, value) ? uiParams[value as UiParam] : undefined;
}

export const paramOfUiLocale = (locale: UiLocale): UiParam => (locale === "en" ? "en" : "zh");

/**
 * The first language the browser lists that we have: any Chinese is zh-Hant (our only
 * Chinese; a reader of simplified characters reads it better than English), English is en,
 * others are skipped. Listed order, not q-values: browsers list by preference, and the rewrite
 * to the cached page (next.config.ts) can only match the header with a regular expression
 * that reads it the same way (ACCEPTS_CHINESE_FIRST, tested against this function).
 */
export function uiLocaleOfAcceptLanguage(header: string | null | undefined): UiLocale {
  for (const range of (header ?? "").split(",")) {
    const tag = range.split(";")[0]!.trim().toLowerCase();
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-Hant";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return defaultUiLocale;
}

/** The reader's interface language: the URL's `?ui=`, else the cookie, else the browser's. */
export function resolveUiLocale(request: {
  param?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): UiLocale {
  return (
    uiLocaleOfParam(request.param) ??
    uiLocaleOfParam(request.cookie) ??
    uiLocaleOfAcceptLanguage(request.acceptLanguage)
  );
}

/**
 * For next.config.ts's `has` (matched against the whole header, case-sensitively): true where
 * uiLocaleOfAcceptLanguage gives zh-Hant — a Chinese range before any English one.
 */
export const ACCEPTS_CHINESE_FIRST =
  "(?:(?!\\s*[eE][nN](?![a-zA-Z]))[^,]*,)*\\s*[zZ][hH](?![a-zA-Z]).*";
