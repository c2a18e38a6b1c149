import { expect, test, type Page } from "@playwright/test";
import { assign, join, makeClass, person } from "./classroom-support";

const CLAIM = "pif-ai-investment";
const claimPage = `/debates/ai-dollar/claims/${CLAIM}`;

const discussion = (page: Page) => page.locator(`[data-thread="claim:${CLAIM}"]`);

async function openClaim(page: Page) {
  await page.goto(claimPage);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await page.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));
}

const untouched = (page: Page) =>
  page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched);

test("two readers answer each other live; the bell counts it and the list marks it read", async ({
  browser,
}) => {
  const ana = await person(browser, "ana");
  const ben = await person(browser, "ben");
  const a = await ana.context.newPage();
  const b = await ben.context.newPage();
  await openClaim(a);
  await openClaim(b);
  const bell = a.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications");

  const opening = `Is the PIF figure annual? ${Date.now()}`;
  await discussion(a).getByRole("textbox", { name: "Add to the discussion" }).fill(opening);
  await discussion(a).getByRole("button", { name: "Post reply" }).click();
  await expect(discussion(a).getByText(opening)).toBeVisible();

  // Ben's open page shows it without a reload, and he answers it.
  const anaReply = discussion(b).locator("li", { hasText: opening });
  await expect(anaReply).toBeVisible({ timeout: 5000 });
  await anaReply.getByRole("button", { name: "Reply", exact: true }).click();
  const answer = `Committed over five years, so no. ${Date.now()}`;
  await anaReply.getByRole("textbox", { name: `Reply to ${ana.name}` }).fill(answer);
  await anaReply.getByRole("button", { name: "Post reply" }).click();
  await expect(anaReply.locator("ol").getByText(answer)).toBeVisible();
  expect(await untouched(b)).toBe(true);

  // On Ana's open page: the answer appears under her reply, and the bell counts it.
  await expect(discussion(a).locator("li", { hasText: opening }).getByText(answer)).toBeVisible({
    timeout: 5000,
  });
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 5000 });
  await expect(a.getByTestId("unread-count")).toHaveText("1");
  expect(await untouched(a)).toBe(true);
  // Ben was not told of his own reply.
  await expect(b.getByTestId("notification-bell")).toHaveAccessibleName("Notifications");

  await bell.click();
  await expect(a.getByRole("heading", { name: "Notifications" })).toBeVisible();
  const item = a.locator('[data-notification="reply"]').first();
  await expect(item).toContainText(`${ben.name} replied to you on`);
  await expect(item).toHaveAttribute("data-read", "false");
  await item.getByRole("button", { name: "Mark read" }).click();
  await expect(item).toHaveAttribute("data-read", "true");
  await expect(a.getByTestId("unread-summary")).toHaveText("All read.");
  await expect(bell).toHaveAccessibleName("Notifications");

  // The notification leads to the reply.
  await item.getByRole("link").click();
  await expect(a).toHaveURL(new RegExp(`${claimPage}#reply-`));
  const target = a.locator(new URL(a.url()).hash);
  await expect(target).toContainText(answer);
  await expect(target).toBeInViewport();
  for (const p of [ana, ben]) await p.context.close();
});

test("a new reader sees an empty notification list", async ({ browser }) => {
  const cai = await person(browser, "cai");
  const page = await cai.context.newPage();
  await page.goto("/notifications");
  await expect(page.getByText("Nothing yet.")).toBeVisible();
  await cai.context.close();
});

test("a student's replies count in the teacher's open progress table", async ({ browser }) => {
  const teacher = await person(browser, "teacher");
  const student = await person(browser, "student");
  const klass = await makeClass(teacher);
  await join(student, klass);
  await assign(teacher, klass, { minClaimVotes: 0, minReplies: 2 });

  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const row = page.locator(`tr[data-student="${student.username}"]`);
  await expect(row.getByTestId("count-replies")).toHaveText("0/2");

  const api = student.context.request;
  const url = `/api/claims/${CLAIM}/replies?room=${klass.roomId}`;
  const empty = await api.post(url, { data: { body: "   " } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).fields.body).toEqual(["Write a reply."]);
  const first = await api.post(url, { data: { body: "The class thinks it is annual." } });
  expect(first.status()).toBe(201);
  const { id } = await first.json();
  const second = await api.post(url, { data: { body: "Actually not.", parentId: id } });
  expect((await second.json()).parentId).toBe(id);
  await expect(row.getByTestId("count-replies")).toHaveText("2/2", { timeout: 10_000 });
  await expect(row.getByTestId("status")).toHaveText("Done");

  // Outsiders neither read nor write the class's discussion; the teacher cannot edit it.
  const outsider = await person(browser, "outsider");
  expect((await outsider.context.request.get(url)).status()).toBe(403);
  expect((await outsider.context.request.post(url, { data: { body: "Hi" } })).status()).toBe(403);
  const edit = await teacher.context.request.patch(`/api/replies/${id}`, { data: { body: "x" } });
  expect(edit.status()).toBe(403);
  const thread = await (await teacher.context.request.get(url)).json();
  expect(thread.count).toBe(2);
  for (const p of [teacher, student, outsider]) await p.context.close();
});
