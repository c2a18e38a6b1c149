import { describe, expect, it } from "vitest";
import { formatDateTime, formatNumber, formatRelative } from "./format";

const at = "2026-11-25T14:05:00Z";

describe("one date, number and relative-time format per interface language", () => {
  it("writes dates as each language does", () => {
    expect(formatDateTime(at, "en")).toBe("25 Nov 2026, 14:05");
    expect(formatDateTime(at, "zh-Hant")).toMatch(/^2026年11月25日 下午(02|2):05$/);
    expect(formatDateTime(at, "en", { timeZone: "Asia/Taipei", withTime: false })).toBe(
      "25 Nov 2026",
    );
  });

  it("groups digits", () => {
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345, "zh-Hant")).toBe("12,345");
  });

  it("says how long ago", () => {
    const now = Date.parse(at);
    expect(formatRelative(now - 3 * 3600_000, "en", now)).toBe("3 hours ago");
    expect(formatRelative(now - 3 * 3600_000, "zh-Hant", now)).toBe("3 小時前");
    expect(formatRelative(now - 24 * 3600_000, "zh-Hant", now)).toBe("昨天");
    expect(formatRelative(now, "en", now)).toBe("now");
  });
});
