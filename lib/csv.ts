/**
 * CSV as spreadsheets read it, shared by the gradebook and the open-data export: a text cell
 * is always quoted, with a leading formula character (= + - @) neutralised by an apostrophe
 * so a cell never runs as a formula.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A whole file: a byte-order mark first, which tells spreadsheet programs (Excel above all)
 * that the file is UTF-8 — without it they read Chinese names as mojibake — then CRLF lines.
 */
export function csvFile(lines: string[]): string {
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
