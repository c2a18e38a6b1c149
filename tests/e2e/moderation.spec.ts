import { expect, test } from "@playwright/test";
import { join, makeClass, person, type Person } from "./classroom-support";
import { evidenceBody, queryDatabase } from "./support";

const cite = async (author: Person, title: string, roomId?: string) => {
  const room = roomId ? `?room=${roomId}` : "";
  const posted = await author.context.request.post(`/api/claims/gulf-anchor/evidence${room}`, {
    data: evidenceBody({ title }),
  });
  expect(posted.status()).toBe(201);
  return (await posted.json()) as { id: string };
};

test("a hidden item tells its author why, and their review request reaches the teacher", async ({
  browser,
}) => {
  const teacher = await person(browser, "teacher");
  const student = await person(browser, "student");
  const klass = await makeClass(teacher, "Civics 10A");
  await join(student, klass);
  await cite(student, "A blog that misquotes the fund", klass.roomId);
  const claimPage = `/debates/ai-dollar/claims/gulf-anchor?room=${klass.roomId}`;

  const teacherPage = await teacher.context.newPage();
  await teacherPage.goto(claimPage);
  const card = teacherPage
    .locator("article[data-evidence-id]")
    .filter({ hasText: "A blog that misquotes" });
  await card.getByRole("button", { name: "Hide" }).click();
  await card.getByLabel(/Why hide it/).fill("The quote is not in the source");
  await card.getByRole("button", { name: /Hide: it leaves the tally/ }).click();
  await expect(
    teacherPage.locator("article[data-evidence-id]").filter({ hasText: "A blog that" }),
  ).toHaveCount(0);

  const studentPage = await student.context.newPage();
  await studentPage.goto(claimPage);
  const hidden = studentPage.getByRole("region", { name: "Your hidden evidence" });
  await expect(hidden).toContainText("A blog that misquotes the fund");
  await expect(hidden).toContainText("Hidden by a moderator: The quote is not in the source");
  await hidden.getByRole("button", { name: "Ask for review" }).click();
  await hidden.getByLabel("Why should it be restored?").fill("It is on page 4 of the report");
  await hidden.getByRole("button", { name: "Send review request" }).click();
  await expect(hidden).toContainText("You asked for a review");
  await studentPage.goto("/me");
  const mine = studentPage.getByRole("region", { name: "Your evidence" });
  await expect(mine).toContainText("Hidden by a moderator: The quote is not in the source");
  await expect(mine).toContainText("You asked for a review");
  await expect(mine.getByRole("button", { name: "Ask for review" })).toHaveCount(0);

  await teacherPage.goto(klass.url);
  const queue = teacherPage.getByRole("region", { name: "Moderation" });
  await expect(queue).toContainText(
    "Review requested by its author: It is on page 4 of the report",
  );
  await expect(queue.getByTestId("review-count")).toHaveText("1 review request waiting");
  for (const p of [teacher, student]) await p.context.close();
});

test("a teacher dismisses a report: it leaves the queue, the item stays, the log says so", async ({
  browser,
}) => {
  const teacher = await person(browser, "teacher");
  const author = await person(browser, "author");
  const reporter = await person(browser, "reporter");
  const klass = await makeClass(teacher);
  for (const s of [author, reporter]) await join(s, klass);
  const item = await cite(author, "An honest but unwelcome source", klass.roomId);
  const reported = await reporter.context.request.post(`/api/evidence/${item.id}/report`, {
    data: { reason: "I do not like it" },
  });
  expect(reported.status()).toBe(204);

  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const queue = page.getByRole("region", { name: "Moderation" });
  const report = queue.getByRole("listitem").filter({ hasText: "I do not like it" });
  await report.getByRole("button", { name: "Dismiss" }).click();
  await report.getByLabel(/Why dismiss it/).fill("Disagreement is not abuse");
  await report.getByRole("button", { name: "Dismiss report" }).click();
  await expect(report).toHaveCount(0);
  await page.reload();
  await expect(queue).toContainText("No open reports and nothing hidden.");
  await queue.getByText(/Moderation log/).click();
  await expect(queue).toContainText("dismissed a report on an item (Disagreement is not abuse)");
  await page.goto(`/debates/ai-dollar/claims/gulf-anchor?room=${klass.roomId}`);
  await expect(
    page.locator("article[data-evidence-id]").filter({ hasText: "An honest but unwelcome source" }),
  ).toBeVisible();
  for (const p of [teacher, author, reporter]) await p.context.close();
});

test("admins have a queue for the public room's reports; nobody else does", async ({ browser }) => {
  const admin = await person(browser, "admin");
  const author = await person(browser, "author");
  const reporter = await person(browser, "reporter");
  await queryDatabase("UPDATE users SET role = 'admin' WHERE username = ?", [admin.username]);
  const item = await cite(author, "A public source with a spam link");
  const reported = await reporter.context.request.post(`/api/evidence/${item.id}/report`, {
    data: { reason: "Spam link in the public room" },
  });
  expect(reported.status()).toBe(204);

  const page = await admin.context.newPage();
  await page.goto("/me");
  await page.getByRole("link", { name: "Moderation of the public rooms" }).click();
  await expect(page.getByRole("heading", { name: "Moderation of the public rooms" })).toBeVisible();
  const report = page.getByRole("listitem").filter({ hasText: "Spam link in the public room" });
  await expect(report).toContainText("A public source with a spam link");
  const api = await admin.context.request.get("/api/moderation");
  expect(api.status()).toBe(200);
  const queue = (await api.json()) as { reports: { id: number; evidenceId: string }[] };
  expect(queue.reports.map((r) => r.evidenceId)).toContain(item.id);
  const reportId = queue.reports.find((r) => r.evidenceId === item.id)!.id;
  const dismiss = (who: Person) =>
    who.context.request.post(`/api/reports/${reportId}/dismiss`, { data: {} });
  expect((await dismiss(reporter)).status()).toBe(403);
  const review = (data: object) =>
    author.context.request.post(`/api/evidence/${item.id}/review`, { data });
  expect((await review({})).status()).toBe(400);
  expect((await review({ message: "Please look again" })).status()).toBe(409); // not hidden
  expect((await dismiss(admin)).status()).toBe(204);
  expect((await dismiss(admin)).status()).toBe(409);

  const outsider = await reporter.context.newPage();
  const refused = await outsider.goto("/moderation");
  expect(refused?.status()).toBe(404);
  expect((await reporter.context.request.get("/api/moderation")).status()).toBe(403);
  for (const p of [admin, author, reporter]) await p.context.close();
});
