import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { pickMessages, type MessagePart } from "@/lib/i18n/messages";

/**
 * Gives the client components below it the named namespaces (and the locale), and nothing else:
 * the browser never receives a whole dictionary. A nested provider replaces its parent's
 * messages, so "client" (the header's) and "forms" (the few words of components/forms/*, which
 * every form uses) are always included.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly MessagePart[];
  children: React.ReactNode;
}) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={pickMessages(locale, ["client", "forms", ...namespaces])}
      timeZone="UTC"
    >
      {children}
    </NextIntlClientProvider>
  );
}
