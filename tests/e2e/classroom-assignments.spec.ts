import { expect, test } from "@playwright/test";
import { assign, join, makeClass, person } from "./classroom-support";

test("a teacher edits, duplicates and deletes assignments; a past due time asks first", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const teacher = await person(browser, "teacher");
  const klass = await makeClass(teacher);
  const page = await teacher.context.newPage();
  await page.goto(klass.url);

  const form = page.getByRole("form", { name: "Set an assignment" });
  await expect(form.getByLabel("Debate").locator("option")).not.toHaveCount(0);
  await form.getByLabel("Title").fill("Yesterday's homework");
  await form.getByLabel(/^Due/).fill("2020-01-01T12:00");
  await form.getByLabel("Claims voted on").fill("1");
  // Declining the question sets nothing; agreeing sets it.
  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await form.getByRole("button", { name: "Set assignment" }).click();
  await expect.poll(() => question).toContain("has already passed. Set it anyway?");
  await expect(page.getByTestId("progress")).toHaveCount(0);
  page.once("dialog", (dialog) => void dialog.accept());
  await form.getByRole("button", { name: "Set assignment" }).click();
  await expect(form.getByRole("status")).toHaveText("Assignment set.");
  const card = page.getByRole("region", { name: "Progress on Yesterday's homework" });
  await expect(card).toBeVisible();

  // Edit the title.
  await card.getByText("Edit this assignment").click();
  const edit = card.getByRole("form", { name: "Edit Yesterday's homework" });
  await edit.getByLabel("Title").fill("Last week's homework");
  await edit.getByRole("button", { name: "Save changes" }).click();
  const edited = page.getByRole("region", { name: "Progress on Last week's homework" });
  await expect(edited).toBeVisible();

  // Duplicate it.
  await edited.getByRole("button", { name: "Duplicate" }).click();
  const copy = page.getByRole("region", { name: "Progress on Last week's homework (copy)" });
  await expect(copy).toBeVisible();

  // Deleting asks first; dismissing keeps it.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await copy.getByRole("button", { name: "Delete" }).click();
  expect(asked).toContain("Delete “Last week's homework (copy)”?");
  await expect(copy).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await copy.getByRole("button", { name: "Delete" }).click();
  await expect(copy).toHaveCount(0);
  await expect(edited).toBeVisible();
  await teacher.context.close();
});

test("late joiners get a side: balanced teams deal one, per-student sides wait for the teacher", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const teacher = await person(browser, "teacher");
  const klass = await makeClass(teacher);
  await assign(teacher, klass, { title: "Balanced", sideMode: "balanced-random" });
  await assign(teacher, klass, {
    title: "Chosen",
    sideMode: "per-student",
    targetClaimIds: ["gulf-anchor"],
  });
  const late = await person(browser, "late");
  await join(late, klass);

  const studentPage = await late.context.newPage();
  await studentPage.goto(klass.url);
  const balanced = studentPage.getByTestId("todo").filter({ hasText: "Balanced" });
  await expect(balanced.getByTestId("my-side")).toHaveText(/Support the claims|Rebut the claims/);
  const chosen = studentPage.getByTestId("todo").filter({ hasText: "Chosen" });
  await expect(chosen).toContainText("Your teacher has not set your side yet.");
  // The to-do links straight to the target claim in the class room.
  await chosen.getByTestId("todo-targets").getByRole("link").click();
  await expect(studentPage).toHaveURL(new RegExp(`/claims/gulf-anchor\\?room=${klass.roomId}`));

  // The teacher sees "side not set" and sets it.
  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const table = page.getByRole("region", { name: "Progress on Chosen" });
  const side = table.getByRole("combobox", { name: `Side for ${late.name}` });
  await expect(side).toHaveValue("");
  await expect(side.locator("option:checked")).toHaveText("Side not set");
  await side.selectOption("rebut");
  await table
    .getByRole("form", { name: `Side for ${late.name}` })
    .getByRole("button", { name: "Set" })
    .click();
  await expect(table.getByText("Side saved.")).toBeVisible();

  await studentPage.goto(klass.url);
  await expect(
    studentPage.getByTestId("todo").filter({ hasText: "Chosen" }).getByTestId("my-side"),
  ).toHaveText("Rebut the claims");
  for (const p of [teacher, late]) await p.context.close();
});
