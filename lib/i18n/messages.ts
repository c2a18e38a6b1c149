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

/** Only the named namespaces: what a client island is given. */
export function pickMessages<N extends Namespace>(locale: UiLocale, namespaces: readonly N[]) {
  const messages = all[locale];
  return Object.fromEntries(namespaces.map((n) => [n, messages[n]])) as Pick<Messages, N>;
}
