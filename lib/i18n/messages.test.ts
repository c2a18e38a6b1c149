import { describe, expect, it } from "vitest";
import { messagesOf, pickMessages } from "./messages";

describe("pickMessages", () => {
  it("gives a whole namespace, or only the named sections of one, in both languages", () => {
    for (const locale of ["en", "zh-Hant"] as const) {
      const all = messagesOf(locale);
      const picked = pickMessages(locale, ["score", "classes.banner", "classes.private"]);
      expect(picked.score).toEqual(all.score);
      expect(picked.classes).toEqual({ banner: all.classes.banner, private: all.classes.private });
      expect(Object.keys(picked).sort()).toEqual(["classes", "score"]);
    }
  });

  it("ships a class room's few sections, not the class pages' whole dictionary", () => {
    const sections = pickMessages("zh-Hant", ["classes.banner", "classes.sides"]);
    const whole = pickMessages("zh-Hant", ["classes"]);
    expect(JSON.stringify(sections).length).toBeLessThan(JSON.stringify(whole).length / 5);
  });
});
