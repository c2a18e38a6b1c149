import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messagesOf } from "./messages";
import { isUiLocale, resolveUiLocale, UI_COOKIE, UI_HEADER, type UiLocale } from "./locale";

/**
 * next-intl's per-request configuration (next.config.ts points the plugin here). No locale in
 * the path: the cached public page names it with setRequestLocale (from its own path); every
 * other request takes it from `?ui=` (the proxy passes it on as a header), the cookie, or
 * Accept-Language. See docs/decisions/0030-interface-language.md.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const named = await requestLocale;
  const locale = isUiLocale(named) ? named : await uiLocaleOfRequest();
  return { locale, messages: messagesOf(locale), timeZone: "UTC" };
});

/** The reader's interface language as this request states it (empty during a static render). */
export async function uiLocaleOfRequest(): Promise<UiLocale> {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return resolveUiLocale({
    param: h.get(UI_HEADER),
    cookie: c.get(UI_COOKIE)?.value,
    acceptLanguage: h.get("accept-language"),
  });
}

/**
 * True while Next renders a static page (the cached public debate page): its request headers
 * are empty then, where a real request always has a Host.
 */
export async function isStaticRender(): Promise<boolean> {
  return !(await headers()).has("host");
}
