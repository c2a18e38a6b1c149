import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../support/csv";
import { makeClass, person } from "./classroom-support";
import { queryDatabase } from "./support";

test("a teacher imports a roster from CSV: bad rows refused whole, then accounts with a printable sheet and a CSV a student signs in from", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const teacher = await person(browser, "roster");
  const klass = await makeClass(teacher, "歷史 9A");
  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  await page.getByText("Import a roster (CSV)").click();
  const box = page.getByLabel(/^Roster as CSV/);
  const tag = klass.id.slice(0, 6);

  // Every bad row is named, and nothing is made.
  const bad = [
    "name,username",
    `Mei Chen,mei-${tag}`,
    `,blank-${tag}`,
    `Tom Ruiz,mei-${tag}`,
    `${"x".repeat(81)},`,
  ].join("\n");
  await box.fill(bad);
  await page.getByRole("button", { name: "Import roster" }).click();
  const errors = page.getByTestId("roster-errors");
  await expect(errors).toContainText("Row 3: Give each student a name.");
  await expect(errors).toContainText(`Row 4: the username "mei-${tag}" is also on row 2.`);
  await expect(errors).toContainText("Row 5: Use at most 80 characters.");
  await expect(box).toHaveValue(bad);
  const made = await queryDatabase<{ n: number }>(
    "select count(*) as n from users where managed_by_class_id = ?",
    [klass.id],
  );
  expect(Number(made[0]!.n)).toBe(0);

  // A spreadsheet's export: a byte-order mark, a header, Chinese names, a quoted cell.
  await box.fill(
    `\uFEFF"Name","Username"\r\n陳美玲,mei-${tag}\r\n"Ruiz, Tom ""TJ""",\r\n王小明,wang-${tag}\r\n`,
  );
  await page.getByRole("button", { name: "Import roster" }).click();
  const shown = page.getByTestId("new-accounts").locator("tbody tr");
  await expect(shown).toHaveCount(3);
  const table = await Promise.all(
    (await shown.all()).map((row) => row.locator("td").allTextContents()),
  );
  expect(table.map(([name]) => name)).toEqual(["陳美玲", 'Ruiz, Tom "TJ"', "王小明"]);
  expect(table.map(([, username]) => username)).toEqual([
    `mei-${tag}`,
    expect.stringMatching(/^ruiz-tom-tj-\d{4}$/),
    `wang-${tag}`,
  ]);

  // The CSV download, read back: UTF-8 with a byte-order mark, the same accounts.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  const file = await readFile((await download.path())!, "utf8");
  expect(file.startsWith("\uFEFF")).toBe(true);
  const { rows } = parseCsv(file.slice(1));
  expect(rows[0]).toEqual(["Name", "Username", "One-time password", "Sign-in URL"]);
  expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual(table);
  expect(rows[1]![3]).toMatch(new RegExp(`/sign-in\\?next=%2Fclasses%2F${klass.id}$`));

  // Printed, the sheet is all there is: every name, with its username and password.
  const sheet = page.getByRole("region", { name: "Printable account sheet" });
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(sheet).toBeVisible();
  for (const [name, username, password] of table) {
    const slip = sheet.getByRole("listitem").filter({ hasText: name! });
    await expect(slip).toContainText(username!);
    await expect(slip).toContainText(password!);
  }
  await expect(page.getByRole("heading", { level: 1, name: "歷史 9A", exact: true })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // A student signs in with a password from the downloaded file and must choose their own.
  const student = await (await browser.newContext()).newPage();
  await student.goto(rows[3]![3]!);
  await student.getByLabel("Username").fill(rows[3]![1]!);
  await student.getByLabel("Password").fill(rows[3]![2]!);
  await student.getByRole("button", { name: "Sign in" }).click();
  await expect(student).toHaveURL(/\/account\/password/);
});
