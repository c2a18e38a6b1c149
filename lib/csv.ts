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

/**
 * Reads CSV as RFC 4180 writes it: quoted cells with doubled quotes, commas and line breaks
 * inside quotes, CRLF or LF rows; a leading byte-order mark (spreadsheets save one) is dropped.
 * Plain code: a roster pasted by a teacher is the input, never a file we wrote ourselves.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      rows.push([...row, cell]);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
