import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FORMER_MEMBER, type Identity } from "@/lib/access/identity";
import { pickMessages } from "@/lib/i18n/messages";
import type { UiLocale } from "@/lib/i18n/locale";
import { PersonName } from "./person-name";

const shown = (locale: UiLocale, person: Identity) =>
  renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={pickMessages(locale, ["client"])}
      timeZone="UTC"
    >
      <PersonName person={person} />
    </NextIntlClientProvider>,
  );

describe("PersonName", () => {
  it("says 'former member' in the reader's language", () => {
    expect(shown("zh-Hant", FORMER_MEMBER)).toBe("已離開的成員");
    expect(shown("en", FORMER_MEMBER)).toBe("Former member");
  });

  it("shows a name (or pseudonym) as written, never translated", () => {
    expect(shown("zh-Hant", { id: "u1", name: "Quiet Heron" })).toBe(
      '<span translate="no">Quiet Heron</span>',
    );
  });
});
