import en from "./messages/en";
import zhHant from "./messages/zh-Hant";
import type { UiLocale } from "./locale";

export type Messages = typeof en;
export type Namespace = keyof Messages;

// Typed keys: a missing or misspelled message is a type error (next-intl reads this).
declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: Messages;
  }
}

const all: Record<UiLocale, Messages> = { en, "zh-Hant": zhHant };

/**
 * Every namespace of one language, for the server. Client components get only the namespaces
 * they need (components/i18n/client-messages.tsx), never this whole object.
 */
export const messagesOf = (locale: UiLocale): Messages => all[locale];

/** A whole namespace, or one section of it ("classes.banner") when an island needs only that. */
export type MessagePart = Namespace | SectionOf<Namespace>;
type SectionOf<N extends Namespace> = N extends Namespace
  ? Messages[N] extends Record<string, unknown>
    ? `${N}.${Extract<keyof Messages[N], string>}`
    : never
  : never;

/**
 * Only the named namespaces or sections, nested as next-intl reads them: what a client island is
 * given. A section keeps its namespace's shape, so `useTranslations("classes")` with
 * `t("banner.where")` works whether the island was given "classes" or only "classes.banner".
 */
export function pickMessages(locale: UiLocale, parts: readonly MessagePart[]) {
  const messages = all[locale] as unknown as Record<string, Record<string, unknown>>;
  const picked: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    const [namespace, section] = part.split(".") as [string, string | undefined];
    const whole = messages[namespace] ?? {};
    picked[namespace] =
      section === undefined ? whole : { ...picked[namespace], [section]: whole[section] };
  }
  return picked as Partial<Messages>;
}
