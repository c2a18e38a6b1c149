/**
 * The licence line of every export (docs/decisions/0021-open-data-and-change-of-mind.md). Written without
 * commas so that it stays one cell when a spreadsheet ignores the CSV comment mark.
 */
export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  text:
    "Licence: the argument map with its scores and aggregate votes is CC BY 4.0 " +
    "(https://creativecommons.org/licenses/by/4.0/) — attribution: Agora contributors. " +
    "The essay's text and quotations from sources remain their authors' and are included for reference only.",
} as const;
