// Plain module: loaded by scripts/serve.ts outside Next's bundle (no Next APIs, no next-intl).
import zh from "../i18n/messages/zh-Hant/errors.json";
import { resolveUiLocale, UI_COOKIE, type UiLocale } from "../i18n/locale";

/**
 * The refusals written before a request reaches a route (scripts/serve.ts's guard, the proxy):
 * each English text with its stable code. lib/i18n/errors.ts adds them to its table, so the
 * same text thrown by a route (the 64 KB cap) has the same code.
 */
export const EDGE_CODE_OF_MESSAGE: Record<string, string> = {
  "The address is not valid percent-encoding.": "bad_address",
  "The body must be at most 64 KB.": "body_too_large",
  "Cross-site requests are refused.": "cross_site",
  "The form could not be read.": "form_unreadable",
  "The form holds no arguments.": "action_body",
  "The form names no action.": "action_body",
  "The arguments must be text.": "action_body",
  "The body must be text.": "action_body",
  "A server action takes multipart/form-data or text/plain.": "action_body_type",
  "The arguments are not JSON.": "action_body",
  "The arguments must be a list.": "action_body",
  "The arguments must be a previous state and a form.": "action_body",
  "The arguments hold an unknown reference.": "action_body",
};

const CHINESE = zh.codes as Record<string, string>;

/** The interface language of a request, from its Cookie and Accept-Language headers. */
export function uiLocaleOfRequestHeaders(
  cookieHeader: string | null | undefined,
  acceptLanguage: string | null | undefined,
): UiLocale {
  const cookie = cookieHeader
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === UI_COOKIE)?.[1];
  return resolveUiLocale({ cookie, acceptLanguage });
}

/**
 * The JSON body of an edge refusal, `{ error, code }` as the routes answer: English as
 * written, Chinese from errors.json (edge messages have no values).
 */
export function edgeErrorBody(message: string, locale: UiLocale) {
  const code = EDGE_CODE_OF_MESSAGE[message] ?? "invalid";
  return { error: locale === "en" ? message : (CHINESE[code] ?? CHINESE.invalid!), code };
}
