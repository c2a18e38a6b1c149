import { expect, test } from "@playwright/test";
import { assign, join, makeClass, person, vote } from "./classroom-support";

test("the teacher's progress moves while the page is open, and counts as the student's to-do does", async ({
  browser,
}) => {
  const teacher = await person(browser, "teacher");
  const student = await person(browser, "student");
  const klass = await makeClass(teacher);
  await join(student, klass);
  await assign(teacher, klass, { sideMode: "whole-class", minClaimVotes: 1 });

  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const row = page.locator(`tr[data-student="${student.username}"]`);
  await expect(row.getByTestId("count-claimVotes")).toHaveText("0/1");
  await expect(row.getByTestId("status")).toHaveText("To do");
  await expect(row.getByTestId("last-activity")).toHaveText("—");

  // The student votes on two claims; the teacher does not reload.
  expect((await vote(student, klass, "gulf-anchor")).ok()).toBe(true);
  expect((await vote(student, klass, "pif-ai-investment")).ok()).toBe(true);
  await expect(row.getByTestId("count-claimVotes")).toHaveText("2/1", { timeout: 10_000 });
  await expect(row.getByTestId("status")).toHaveText("Done");
  await expect(row.getByTestId("last-activity")).not.toHaveText("—");

  // The student's to-do counts the same way.
  const mine = await student.context.newPage();
  await mine.goto(klass.url);
  await expect(mine.getByTestId("progress-claimVotes")).toHaveText("2/1");
  await expect(mine.getByTestId("todo-status")).toHaveText("Done");
  for (const p of [teacher, student]) await p.context.close();
});
