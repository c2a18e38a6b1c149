import { describe, expect, it } from "vitest";
import { sameSitePath, sameSiteTarget } from "./same-site";

const SITE = "https://agora.example";

describe("sameSitePath", () => {
  it.each([
    ["/debates/ai-dollar", "/debates/ai-dollar"],
    ["/classes/7?tab=todo#due", "/classes/7?tab=todo#due"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // an encoded slash stays a path here
    [`${SITE}/me`, "/me"],
    ["/.//evil.example", "/evil.example"], // dot segments collapse to "//": kept as one path
    ["/a/..//evil.example/x", "/evil.example/x"],
  ])("keeps %j on the site as %j", (value, expected) => {
    expect(sameSitePath(value, SITE)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example/",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "https://evil.example/",
    "http://agora.example/", // another scheme is another origin
    "https://agora.example.evil.example/",
    "https://agora.example@evil.example/",
    "javascript:alert(1)",
    "data:text/html,hi",
    "",
    "x".repeat(2001),
  ])("refuses %j", (value) => {
    expect(sameSitePath(value, SITE)).toBe("/");
  });

  it("refuses what is not a string, and uses the fallback given", () => {
    expect(sameSitePath(undefined, SITE)).toBe("/");
    expect(sameSitePath(["/a", "/b"], SITE, "/me")).toBe("/me");
  });

  it("answers absolute URLs on the site for Auth.js", () => {
    expect(sameSiteTarget("/\\evil.example/", SITE)).toBe(`${SITE}/`);
    expect(sameSiteTarget("/classes", SITE)).toBe(`${SITE}/classes`);
  });
});
