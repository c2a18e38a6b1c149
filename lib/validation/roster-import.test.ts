import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv";
import { rosterCsvSchema } from "./roster-import";

const errorsOf = (text: string) => {
  const parsed = rosterCsvSchema.safeParse(text);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("parseCsv", () => {
  it("reads RFC 4180: quotes, doubled quotes, commas and line breaks in cells, CRLF, a BOM", () => {
    expect(parseCsv('\uFEFFa,"b, c"\r\n"say ""hi""","two\nlines"\nlast')).toEqual([
      ["a", "b, c"],
      ['say "hi"', "two\nlines"],
      ["last"],
    ]);
  });
});

describe("a roster as CSV", () => {
  it("takes names alone, or names and usernames, with or without a header", () => {
    expect(rosterCsvSchema.parse("陳美玲\nTom Ruiz\n")).toEqual([
      { name: "陳美玲" },
      { name: "Tom Ruiz" },
    ]);
    expect(
      rosterCsvSchema.parse("\uFEFFUsername,Name\r\nMei.Chen,陳美玲\r\n,Tom Ruiz\r\n"),
    ).toEqual([{ name: "陳美玲", username: "mei.chen" }, { name: "Tom Ruiz" }]);
  });

  it("names every bad row by its number: blank, too long, bad or repeated usernames", () => {
    const text = ["name,username", "Mei,mei1", ",x12", "Tom,mei1", `${"x".repeat(81)},`, "Ann,a b"];
    expect(errorsOf(text.join("\n"))).toEqual([
      "Row 3: Give each student a name.",
      'Row 4: the username "mei1" is also on row 2.',
      "Row 5: Use at most 80 characters.",
      'Row 6: username "a b": Use letters, digits, dots, dashes or underscores.',
    ]);
  });

  it("skips blank lines, and refuses an empty roster or more than a class at a time", () => {
    expect(rosterCsvSchema.parse("\n\nMei\n\n")).toEqual([{ name: "Mei" }]);
    expect(errorsOf("name\n")).toEqual(["Paste at least one name."]);
    const many = Array.from({ length: 61 }, (_, i) => `Student ${i}`).join("\n");
    expect(errorsOf(many)).toEqual(["Add at most 60 students at a time (this roster has 61)."]);
  });
});
