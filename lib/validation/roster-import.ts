import { z } from "zod";
import { parseCsv } from "../csv";
import { ROSTER_MAX_PER_REQUEST } from "./classes";
import { usernameSchema, visibleName } from "./users";

export type RosterEntry = { name: string; username?: string };

const NAME_HEADERS = ["name", "full name", "student", "student name", "display name", "姓名"];
const USERNAME_HEADERS = ["username", "user name", "user", "login", "帳號", "用户名", "使用者名稱"];
const nameSchema = visibleName(80, "Give each student a name.");

/** Which columns hold the name and the username: from a header row, else the first two. */
function columnsOf(first: string[]) {
  const cells = first.map((c) => c.trim().toLowerCase());
  const name = cells.findIndex((c) => NAME_HEADERS.includes(c));
  const username = cells.findIndex((c) => USERNAME_HEADERS.includes(c));
  if (name === -1 && username === -1) return { header: false, name: 0, username: 1 };
  return { header: true, name: name === -1 ? 0 : name, username };
}

/**
 * A roster pasted or uploaded as CSV (a spreadsheet's or an LMS's export): one student a row,
 * a name and an optional username; a header row is optional. Every bad row is reported with
 * its row number, and then nothing is made: a half-imported class is worse than none.
 */
export const rosterCsvSchema = z
  .string()
  .max(64 * 1024, "The roster is too large: paste at most a class at a time.")
  .transform((text, ctx): RosterEntry[] => {
    const rows = parseCsv(text)
      .map((cells, i) => ({ cells, line: i + 1 }))
      .filter(({ cells }) => cells.some((c) => c.trim() !== ""));
    const columns = rows.length > 0 ? columnsOf(rows[0]!.cells) : columnsOf([]);
    const students = columns.header ? rows.slice(1) : rows;
    const fail = (message: string) => ctx.addIssue({ code: "custom", message });
    if (students.length === 0) fail("Paste at least one name.");
    if (students.length > ROSTER_MAX_PER_REQUEST)
      fail(
        `Add at most ${ROSTER_MAX_PER_REQUEST} students at a time (this roster has ${students.length}).`,
      );
    const firstLineOf = new Map<string, number>();
    const entries = students.map(({ cells, line }) => {
      const name = nameSchema.safeParse(cells[columns.name] ?? "");
      if (!name.success) fail(`Row ${line}: ${name.error.issues[0]!.message}`);
      const given = (columns.username === -1 ? "" : (cells[columns.username] ?? "")).trim();
      if (!given) return { name: name.data ?? "" };
      const username = usernameSchema.safeParse(given);
      if (!username.success) {
        fail(`Row ${line}: username "${given}": ${username.error.issues[0]!.message}`);
        return { name: name.data ?? "" };
      }
      const earlier = firstLineOf.get(username.data);
      if (earlier) fail(`Row ${line}: the username "${username.data}" is also on row ${earlier}.`);
      else firstLineOf.set(username.data, line);
      return { name: name.data ?? "", username: username.data };
    });
    return entries;
  });
