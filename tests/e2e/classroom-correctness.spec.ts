import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { assign, join, makeClass, person, vote } from "./classroom-support";
import { evidenceBody } from "./support";

test("the teacher's class page hydrates without error in Asia/Taipei", async ({ browser }) => {
  const teacher = await person(browser, "teacher", { timezoneId: "Asia/Taipei" });
  const student = await person(browser, "student");
  const klass = await makeClass(teacher);
  await join(student, klass);
  await assign(teacher, klass);
  await vote(student, klass, "gulf-anchor");
  const page = await teacher.context.newPage();
  const errors: string[] = [];
  // React's minified hydration errors (#418, #423, #425) and any uncaught error; a missing
  // favicon is not this test's business.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
      errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(klass.url);
  await expect(page.getByTestId("progress")).toBeVisible();
  const form = page.getByRole("form", { name: "Set an assignment" });
  await expect(form.getByLabel("Due (Asia/Taipei)")).toBeVisible();
  await page.waitForTimeout(1500); // hydration and the first live refresh have run
  expect(errors).toEqual([]);
  for (const p of [teacher, student]) await p.context.close();
});

test("the header shows who is signed in without waiting for the server's answer", async ({
  browser,
}) => {
  const reader = await person(browser, "reader");
  const page = await reader.context.newPage();
  await page.goto("/classes");
  await expect(page.getByTestId("viewer-name")).toHaveText(reader.name);
  // The next page: the answer to "who is signed in?" never comes.
  await page.route("**/api/me", () => undefined);
  await page.goto("/");
  await expect(page.getByTestId("viewer-name")).toHaveText(reader.name, { timeout: 3000 });
  await reader.context.close();
});

test("the gradebook CSV keeps Chinese names for spreadsheet programs", async ({ browser }) => {
  const teacher = await person(browser, "teacher");
  const klass = await makeClass(teacher);
  await teacher.context.request.post(`/api/classes/${klass.id}/students`, {
    data: { names: ["陳美玲"] },
  });
  await assign(teacher, klass);
  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download gradebook (CSV)" }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder("utf-8").decode(bytes)).toContain('"陳美玲"');
  await teacher.context.close();
});

test("the progress table works on a 360 px phone: cards, Save in reach", async ({ browser }) => {
  const teacher = await person(browser, "teacher", { viewport: { width: 360, height: 740 } });
  const student = await person(browser, "student");
  const klass = await makeClass(teacher);
  await join(student, klass);
  await assign(teacher, klass);
  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const feedback = page.getByRole("form", { name: `Feedback for ${student.name}` });
  const save = feedback.getByRole("button", { name: "Save" });
  await save.scrollIntoViewIfNeeded();
  const box = (await save.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Each count is labelled in the card.
  const row = page.locator(`tr[data-student="${student.username}"]`);
  await expect(row.getByTestId("count-claimVotes")).toBeVisible();
  await feedback.getByLabel(/Points/).fill("7");
  await save.click();
  await expect(feedback.getByRole("status")).toHaveText("Feedback saved.");
  for (const p of [teacher, student]) await p.context.close();
});

test("a vote reads the same words on the claim and on the profile; evidence cards show their date", async ({
  browser,
}) => {
  const reader = await person(browser, "reader");
  const added = await reader.context.request.post("/api/claims/gulf-anchor/evidence", {
    data: evidenceBody({ title: "A dated source" }),
  });
  expect(added.status()).toBe(201);
  const page = await reader.context.newPage();
  await page.goto("/debates/ai-dollar/claims/gulf-anchor");
  const form = page.getByRole("form", { name: "Your vote on this claim" });
  await form.getByText("Decisive").click();
  await form.getByRole("button", { name: "Save vote" }).click();
  await expect(form.getByRole("status")).toHaveText("Vote saved.");
  await page.goto("/me");
  await expect(page.getByText(/does it matter\? Decisive/)).toBeVisible();
  await expect(page.getByText("impact 4/4")).toHaveCount(0);

  await page.goto("/debates/ai-dollar/claims/gulf-anchor");
  // The innermost article holding the title is the evidence card itself.
  const card = page.locator("article", { hasText: "A dated source" }).last();
  const year = String(new Date().getUTCFullYear());
  await expect(card.getByTestId("evidence-date")).toContainText(year);
  await reader.context.close();
});
