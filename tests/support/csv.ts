/**
 * A small RFC 4180 reader for the tests: quoted cells with doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF rows. Lines starting with `#` outside quotes are comments.
 */
export function parseCsv(text: string): { comments: string[]; rows: string[][] } {
  const comments: string[] = [];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let atRowStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (atRowStart && c === "#") {
      const end = text.indexOf("\n", i);
      comments.push(text.slice(i, end === -1 ? undefined : end).replace(/\r$/, ""));
      i = end === -1 ? text.length : end;
      continue;
    }
    atRowStart = false;
    if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atRowStart = true;
    } else cell += c;
  }
  if (!atRowStart || cell) {
    row.push(cell);
    rows.push(row);
  }
  return { comments, rows };
}
