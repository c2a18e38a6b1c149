import { describe, expect, it } from "vitest";
import { ACCEPTS_CHINESE_FIRST, resolveUiLocale, uiLocaleOfAcceptLanguage } from "./locale";

describe("the interface language", () => {
  it.each([
    ["zh-TW,zh;q=0.9,en-US;q=0.8", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh", "zh-Hant"],
    ["en-US,en;q=0.9,zh-TW;q=0.8", "en"],
    ["fr-FR, zh-TW;q=0.5", "zh-Hant"],
    ["ZH-tw", "zh-Hant"],
    ["zhx, en", "en"],
    ["english", "en"],
    [" en-GB , zh", "en"],
    ["de", "en"],
    ["", "en"],
  ])("from Accept-Language %j is %s", (header, locale) => {
    expect(uiLocaleOfAcceptLanguage(header)).toBe(locale);
    // The cached page's rewrite reads the header the same way (as Next matches `has`).
    expect(new RegExp(`^${ACCEPTS_CHINESE_FIRST}$`).test(header)).toBe(locale === "zh-Hant");
  });

  it("takes the URL over the cookie over the browser", () => {
    const zhBrowser = "zh-TW";
    expect(resolveUiLocale({ param: "en", cookie: "zh", acceptLanguage: zhBrowser })).toBe("en");
    expect(resolveUiLocale({ cookie: "en", acceptLanguage: zhBrowser })).toBe("en");
    expect(resolveUiLocale({ param: "xx", cookie: "zh", acceptLanguage: "en" })).toBe("zh-Hant");
    expect(resolveUiLocale({ cookie: "klingon", acceptLanguage: zhBrowser })).toBe("zh-Hant");
  });
});
