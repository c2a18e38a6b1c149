import { describe, expect, it } from "vitest";
import zh from "../i18n/messages/zh-Hant/errors.json";
import { EDGE_CODE_OF_MESSAGE, edgeErrorBody, uiLocaleOfRequestHeaders } from "./edge-errors";

describe("the refusals made before a route", () => {
  it("carry their code, English as written and Chinese when the reader reads it", () => {
    expect(edgeErrorBody("Cross-site requests are refused.", "en")).toEqual({
      error: "Cross-site requests are refused.",
      code: "cross_site",
    });
    expect(edgeErrorBody("The body must be at most 64 KB.", "zh-Hant")).toEqual({
      error: "送出的內容最多 64 KB。",
      code: "body_too_large",
    });
  });

  it("have a Chinese message for every code", () => {
    for (const code of new Set(Object.values(EDGE_CODE_OF_MESSAGE)))
      expect(zh.codes, code).toHaveProperty(code);
  });

  it("read the language from the cookie first, then Accept-Language", () => {
    expect(uiLocaleOfRequestHeaders("a=1; agora-ui=en", "zh-TW")).toBe("en");
    expect(uiLocaleOfRequestHeaders(undefined, "zh-TW,zh;q=0.9")).toBe("zh-Hant");
    expect(uiLocaleOfRequestHeaders("agora-ui=zh", null)).toBe("zh-Hant");
    expect(uiLocaleOfRequestHeaders(null, null)).toBe("en");
  });
});
