import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
import { assign, join, makeClass, person, vote, type Person } from "./classroom-support";
import { evidenceBody, queryDatabase, signedInRequest, uniqueName } from "./support";

/**
 * The interface in 繁體中文: every translated page, walked in Chinese, shows no English of ours.
 * Excepted: content marked English (`lang="en"`: the essay's English column, a claim's English
 * text), names marked `translate="no"` or made by the test, the brand, acronyms, and Chinese text
 * that quotes Latin words (the essay's 「AI美元」, Nvidia): a text with any Chinese in it is
 * Chinese, and an untranslated string of ours has none.
 */
test.describe.configure({ mode: "serial" });

// The brand, the names of file formats and of the licence, and the seed command on an empty home.
const ALLOWED = new Set(["Agora", "Argdown", "CC", "BY", "npm", "run", "db", "seed"]);
/** Acronyms (AI, UTC, CSV) are written as they are in Chinese text too. */
const ACRONYM = /^[A-Z]{2,5}$/;

/** Every run of Latin letters the page shows or announces outside content marked English. */
async function englishOnPage(page: Page, allowed: Set<string>, root = "body"): Promise<string[]> {
  const found = await page.evaluate((root) => {
    const english = (el: Element | null) =>
      el?.closest("[lang]")?.getAttribute("lang") === "en" || !!el?.closest('[translate="no"]');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      if (!english(parent) && node.textContent?.trim()) out.push(node.textContent.trim());
    }
    for (const el of document
      .querySelector(root)!
      .querySelectorAll("[aria-label], [placeholder], [title], [alt]"))
      for (const name of ["aria-label", "placeholder", "title", "alt"]) {
        const value = el.getAttribute(name);
        if (value && !english(el)) out.push(`${name}: ${value}`);
      }
    out.push(`<title>: ${document.title}`);
    return out;
  }, root);
  return found.filter(
    (text) =>
      !/[\u3400-\u9fff]/.test(text) &&
      (
        text.replace(/^(aria-label|placeholder|title|alt|<title>): /, "").match(/[A-Za-z]{2,}/g) ??
        []
      ).some((word) => !allowed.has(word) && !ACRONYM.test(word)),
  );
}

/**
 * Waits until the page's islands have drawn their words. A debate page follows its live stream,
 * an open connection: it is "network idle" only if no quiet half second passes before the
 * stream opens, so there the sign is the stream's first answer, which follows the page's own
 * requests (the tree's branch counts among them).
 */
async function settled(page: Page) {
  const live = page.getByTestId("live-status");
  if ((await live.count()) === 0) return page.waitForLoadState("networkidle");
  await expect(live).toHaveAttribute("data-status", "live");
}

async function expectChinese(page: Page, path: string, allowed = ALLOWED) {
  const response = await page.goto(path);
  expect(response!.status(), path).toBeLessThan(500);
  await expect.soft(page.locator("html"), path).toHaveAttribute("lang", "zh-Hant");
  await settled(page);
  expect.soft(await englishOnPage(page, allowed), `English on ${path}`).toEqual([]);
}

/** The page as it is now (after a click or a refused form), without loading it again. */
async function expectChineseNow(page: Page, what: string, allowed = ALLOWED, root = "body") {
  await settled(page);
  expect.soft(await englishOnPage(page, allowed, root), `English on ${what}`).toEqual([]);
}

async function chineseContext(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: "agora-ui", value: "zh", url: baseURL }]);
}

test("every translated page reads in Chinese, signed out", async ({ browser }) => {
  // Chosen by the browser's language alone: no cookie, no ?ui=.
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  for (const path of [
    "/",
    "/debates/ai-dollar?lang=zh",
    "/debates/ai-dollar",
    "/debates/ai-dollar/map?lang=zh",
    "/sign-in",
    "/sign-up",
    "/recover",
    "/account/deleted",
    "/no-such-page",
  ])
    await expectChinese(page, path);
  await context.close();
});

test("the pages of an account read in Chinese, the moderators' too", async ({
  browser,
  baseURL,
}) => {
  const username = uniqueName("zh");
  const api = await signedInRequest(baseURL!, username);
  await queryDatabase("UPDATE users SET role = 'admin' WHERE username = ?", [username]);
  const context = await browser.newContext({ storageState: await api.storageState() });
  await chineseContext(context, baseURL!);
  const page = await context.newPage();
  const names = new Set([...ALLOWED, ...username.split(/[^A-Za-z]+/)]);
  for (const path of ["/me", "/account", "/account/password", "/moderation"])
    await expectChinese(page, path, names);
  await context.close();
  await api.dispose();
});

test("?ui= switches the interface, the cookie remembers it, the essay keeps its own language", async ({
  page,
}) => {
  await page.goto("/debates/ai-dollar?lang=en&ui=zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("heading", { name: "論證樹" })).toBeVisible();
  // The essay stays in English, as the reading language says.
  await expect(page.locator("#essay-heading + p + div[lang=en] p").first()).toBeVisible();

  // Remembered: the next page, without ?ui=, is in Chinese too; the header's switch goes back.
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "登入" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "介面語言" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Debates" })).toBeVisible();
});

test("the cached public page is kept once per interface language", async ({ browser }) => {
  const zh = await browser.newContext({ locale: "zh-TW" });
  const en = await browser.newContext({ locale: "en-GB" });
  const [zhPage, enPage] = [await zh.newPage(), await en.newPage()];
  for (const page of [zhPage, enPage]) await page.goto("/debates/ai-dollar?lang=both");
  const zhServed = await zhPage.goto("/debates/ai-dollar?lang=both");
  const enServed = await enPage.goto("/debates/ai-dollar?lang=both");
  for (const served of [zhServed, enServed])
    expect(["HIT", "STALE"]).toContain(served!.headers()["x-nextjs-cache"]);
  expect(await zhServed!.text()).toContain('<html lang="zh-Hant"');
  expect(await enServed!.text()).toContain('<html lang="en"');
  await expect(zhPage.getByRole("heading", { name: "論證樹" })).toBeVisible();
  await expect(enPage.getByRole("heading", { name: "Argument tree" })).toBeVisible();
  await zh.close();
  await en.close();
});

test("a page that does not exist says so in the reader's language, cached debate pages too", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  for (const path of [
    "/debates/no-such-debate", // the cached public page's route
    "/debates/no-such-debate?lang=zh",
    "/debates/ai-dollar/claims/no-such-claim",
    "/no-such-page", // no route at all
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "zh-Hant");
    await expect(page.getByRole("heading", { name: "找不到頁面" }), path).toBeVisible();
    await expect(page.getByRole("link", { name: "查看所有辯論" }), path).toBeVisible();
  }
  await context.close();
});

test("API errors carry a code and speak the reader's language", async ({ request }) => {
  const zh = await request.get("/api/debates/no-such-debate", {
    headers: { "Accept-Language": "zh-TW,zh;q=0.9" },
  });
  expect(zh.status()).toBe(404);
  expect(await zh.json()).toEqual({ error: "沒有這個名稱的辯論。", code: "no_such_debate" });
  const en = await request.get("/api/debates/no-such-debate", {
    headers: { Cookie: "agora-ui=en", "Accept-Language": "zh-TW" },
  });
  expect(await en.json()).toEqual({ error: "No debate by that name.", code: "no_such_debate" });
});

test("finding your way in the tree reads in Chinese: search, filters, matches, no earlier visit", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000); // four loads of the 100-claim page rendered per request
  // Signed out, in a browser that has never seen this debate: "new since my last visit" says so.
  const fresh = await browser.newContext({ locale: "zh-TW" });
  const page = await fresh.newPage();
  for (const path of ["/debates/ai-dollar?new=1", "/debates/ai-dollar?kind=normative"])
    await expectChinese(page, path);
  await expect(page.getByRole("status").filter({ hasText: "個論點符合" })).toBeVisible();
  await fresh.close();

  // A debater with the search open, then a search with matches.
  const username = uniqueName("nav");
  const api = await signedInRequest(baseURL!, username);
  const context = await browser.newContext({ storageState: await api.storageState() });
  await chineseContext(context, baseURL!);
  const debater = await context.newPage();
  const names = new Set([...ALLOWED, ...username.split(/[^A-Za-z]+/)]);
  await expectChinese(debater, "/debates/ai-dollar?search=1", names);
  await expect(debater.getByRole("search")).toBeVisible();
  await debater.getByLabel("搜尋論點（中文或英文）").fill("公共投資基金");
  await debater.getByRole("search").getByRole("button", { name: "顯示" }).click();
  await expect(debater).toHaveURL(/q=/);
  await expect(debater.getByRole("status").filter({ hasText: "有 1 個論點符合" })).toBeVisible();
  await debater.waitForLoadState("networkidle");
  expect.soft(await englishOnPage(debater, names), "English on the search's answer").toEqual([]);
  await context.close();
  await api.dispose();
});

/**
 * Only these parts of the page are checked (the rest is checked by the tests of its own area).
 * Each part must be there.
 */
async function onlyParts(page: Page, selectors: string[]) {
  for (const selector of selectors)
    await expect(page.locator(selector).first(), selector).toBeVisible();
  await page.evaluate((list) => {
    const keep = list.flatMap((s) => [...document.querySelectorAll(s)]);
    document.body.replaceChildren(...keep);
    document.title = "";
  }, selectors);
}

test("discussions, notifications and proposed claims read in Chinese", async ({
  browser,
  baseURL,
}) => {
  test.slow(); // three people, a class, a dozen writes, six pages
  const teacher = await person(browser, "tch");
  const student = await person(browser, "stu");
  const newcomer = await person(browser, "new");
  const klass = await makeClass(teacher, "論證課");
  await join(student, klass);
  const room = `?room=${klass.roomId}`;
  const post = async (who: Person, path: string, data: object) => {
    const response = await who.context.request.post(`${path}${room}`, { data });
    expect(response.status(), path).toBe(201);
    // A reply answers its id; a proposed claim, the claim's page as the API shows it.
    const body = (await response.json()) as { id?: string; claim?: { id: string } };
    return body.claim?.id ?? body.id!;
  };

  // The teacher proposes a claim (in English only: it lacks its Chinese), and a thread grows on
  // it: the student answers the teacher, deletes one reply, and the teacher hides another.
  const english = `Gulf funds will hedge with Chinese chips ${Date.now()}`;
  const claimId = await post(teacher, "/api/claims/gulf-anchor/claims", {
    relation: "opposes",
    kind: "predictive",
    textEn: english,
  });
  const replies = `/api/claims/${claimId}/replies`;
  const opening = await post(teacher, replies, { body: "這個數字是每年的嗎？" });
  await post(student, replies, { body: "不是，是五年合計。", parentId: opening });
  const deleted = await post(student, replies, { body: "這則之後會刪除。" });
  expect((await student.context.request.delete(`/api/replies/${deleted}`)).status()).toBe(204);
  const hidden = await post(student, replies, { body: "這則會被隱藏。" });
  const hide = await teacher.context.request.post(`/api/replies/${hidden}/hide`, {
    data: { reason: "離題" },
  });
  expect(hide.status()).toBe(204);
  await post(student, `/api/claims/${claimId}/claims`, {
    relation: "supports",
    kind: "factual",
    textZh: "學生提出的子論點",
  });

  const names = new Set(
    [ALLOWED, ...[teacher, student, newcomer].map((p) => [p.username, p.name])].flatMap((x) =>
      [...x].flatMap((s) => s.split(/[^A-Za-z]+/)),
    ),
  );
  for (const p of [teacher, student, newcomer]) await chineseContext(p.context, baseURL!);

  // Notifications: a reply and a proposal under the teacher's claim; the student's hidden reply;
  // nothing yet for a newcomer.
  const teacherPage = await teacher.context.newPage();
  await expectChinese(teacherPage, "/notifications", names);
  await expect(teacherPage.locator("[data-notification]")).toHaveCount(2);
  await expect(teacherPage.getByTestId("notification-bell")).toHaveAccessibleName("通知，2 則未讀");
  const studentPage = await student.context.newPage();
  await expectChinese(studentPage, "/notifications", names);
  await expect(studentPage.locator('[data-notification="hidden"]')).toContainText("離題");
  const newcomerPage = await newcomer.context.newPage();
  await expectChinese(newcomerPage, "/notifications", names);
  await expect(newcomerPage.getByText("目前沒有通知。")).toBeVisible();

  // The claim's page: the thread (one reply deleted, one hidden), its author's and a moderator's
  // panels, the student's view of their hidden reply.
  const claimPage = `/debates/ai-dollar/claims/${claimId}${room}`;
  const thread = `[data-thread="claim:${claimId}"]`;
  await teacherPage.goto(claimPage);
  await expect(teacherPage.locator(thread)).toContainText("已刪除");
  await expect(teacherPage.locator(thread).getByTestId("reply-hidden")).toContainText("離題");
  await teacherPage.waitForLoadState("networkidle");
  await onlyParts(teacherPage, [
    thread,
    'section[aria-labelledby="edit-claim-heading"]',
    'section[aria-labelledby="translate-heading"]',
    'section[aria-labelledby="moderate-claim-heading"]',
    'form[aria-label="提出論點"]',
  ]);
  expect.soft(await englishOnPage(teacherPage, names), "English on the claim's page").toEqual([]);
  await studentPage.goto(claimPage);
  await expect(studentPage.locator(thread).getByTestId("reply-hidden")).toContainText(
    "其他人看不到",
  );
  await studentPage.waitForLoadState("networkidle");
  await onlyParts(studentPage, [thread]);
  expect.soft(await englishOnPage(studentPage, names), "English in the thread").toEqual([]);

  // Proposing: refused with its field errors, then "is yours one of these?".
  await teacherPage.goto(`/debates/ai-dollar/claims/gulf-anchor${room}`);
  const form = teacherPage.getByRole("form", { name: "提出論點" });
  await form.getByRole("button", { name: "提出" }).click();
  await expect(form.getByText("請用中文或英文（或兩者）寫下論點。")).toBeVisible();
  await form.getByLabel("英文論點（English）").fill(english);
  await form.getByRole("button", { name: "提出" }).click();
  await expect(form.getByRole("region", { name: "相似的論點" }).getByRole("link")).toHaveText(
    english,
  );
  await expect(form.getByRole("button", { name: "我的不一樣：儲存" })).toBeVisible();
  await onlyParts(teacherPage, ['form[aria-label="提出論點"]']);
  expect.soft(await englishOnPage(teacherPage, names), "English in the form").toEqual([]);
  for (const p of [teacher, student, newcomer]) await p.context.close();
});

// The claim page's area: a claim, the thesis and a fact-checked claim. (A retired claim's page
// needs a revised map: tests/e2e/revised-map.spec.ts serves one, in English.)
const CLAIM = "/debates/ai-dollar/claims/china-export-limits";

test("the claim pages read in Chinese, signed out", async ({ browser }) => {
  test.setTimeout(120_000); // several pages and accounts on a loaded machine
  const context = await browser.newContext({ locale: "zh-TW" });
  const page = await context.newPage();
  const [checked] = await queryDatabase<{ claim_id: string }>(
    "SELECT claim_id FROM claim_fact_checks LIMIT 1",
  );
  for (const path of [
    CLAIM,
    `${CLAIM}?lang=zh`,
    "/debates/ai-dollar/claims/thesis?lang=zh",
    `/debates/ai-dollar/claims/${checked!.claim_id}`,
  ])
    await expectChinese(page, path);
  await context.close();
});

test("a debater's claim page reads in Chinese: evidence, ratings, votes and a refused form", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000); // several pages and accounts on a loaded machine
  // Another reader's evidence (to rate and report), the debater's own (to edit), a vote and a
  // rating (so the histograms have bars). Written in Chinese: the test's own content.
  const author = await person(browser, "zhauthor");
  const debater = await person(browser, "zhdebater");
  const chinese = { title: "一份研究報告", quote: "關鍵的段落。", explanation: "說明它為何相關。" };
  const theirs = await author.context.request.post("/api/claims/china-export-limits/evidence", {
    data: evidenceBody(chinese),
  });
  expect(theirs.status()).toBe(201);
  const { id } = await theirs.json();
  const api = debater.context.request;
  const mine = await api.post("/api/claims/china-export-limits/evidence", {
    data: evidenceBody({ ...chinese, title: "我的證據", stance: "rebut" }),
  });
  expect(mine.status()).toBe(201);
  expect((await api.put(`/api/evidence/${id}/vote`, { data: { strength: 4 } })).status()).toBe(200);
  expect(
    (
      await api.put("/api/claims/china-export-limits/vote", { data: { agreement: 1, impact: 3 } })
    ).status(),
  ).toBe(200);

  await chineseContext(debater.context, baseURL!);
  await queryDatabase("UPDATE users SET role = 'admin' WHERE username = ?", [debater.username]);
  const page = await debater.context.newPage();
  const names = new Set([
    ...ALLOWED,
    ...[author, debater].flatMap((p) => `${p.name} ${p.username}`.split(/[^A-Za-z]+/)),
  ]);
  await expectChinese(page, CLAIM, names);
  await expect(page.getByTestId("histogram-evidence-" + id)).toContainText("一份研究報告");

  // The controls a reader opens: rating, reporting, hiding (a moderator), editing their own.
  const theirCard = page.locator(`[data-evidence-id="${id}"]`);
  await theirCard.getByRole("button", { name: "檢舉" }).click();
  await theirCard.getByRole("button", { name: "隱藏" }).click();
  await page.getByTestId("evidence-rebutting").getByRole("button", { name: "編輯" }).click();
  await expect(page.getByRole("form", { name: "編輯證據" })).toBeVisible();
  await expectChineseNow(page, "the opened evidence controls", names);

  // A vote saved, a rating changed: their answers in Chinese.
  const vote = page.getByRole("form", { name: "你對這個論點的投票" });
  await vote.getByText("非常同意").click();
  await vote.getByRole("button", { name: "儲存投票" }).click();
  await expect(vote.getByRole("status")).toHaveText("已儲存投票。");
  await theirCard.getByRole("button", { name: "評為 5 分（滿分 5 分）" }).click();
  await expect(theirCard.getByRole("status")).toHaveText("已儲存評分。");

  // A refused form: its summary and each field's error in Chinese.
  const form = page.getByRole("form", { name: "提出證據" });
  await form.getByRole("button", { name: "提出證據" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("請為來源加上標題。");
  await expect(form.getByText("請說明它和這個論點有什麼關係。").first()).toBeVisible();
  await expectChineseNow(page, "the refused evidence form", names);
  for (const p of [author, debater]) await p.context.close();
});

test("the change-of-mind panel reads in Chinese, before and after a stance", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000); // several pages and accounts on a loaded machine
  // In a class room of the reader's own: the public room's stances are counted by another spec.
  // (Signed out, the public room's panel is walked with the debate page above.)
  const reader = await person(browser, "zhmind");
  const made = await reader.context.request.post("/api/classes", { data: { name: "經濟學" } });
  expect(made.status()).toBe(201);
  const room = (await made.json()).rooms[0].id as string;
  await chineseContext(reader.context, baseURL!);
  const page = await reader.context.newPage();
  const names = new Set([...ALLOWED, ...`${reader.name} ${reader.username}`.split(/[^A-Za-z]+/)]);
  const path = `/debates/ai-dollar?room=${room}`;
  await page.goto(path);
  const panel = page.getByTestId("mind-panel");
  const before = panel.getByRole("form", { name: "你閱讀前的立場" });
  await before.getByRole("button", { name: "記錄我閱讀前的立場" }).click();
  await expect(before.getByRole("status")).toHaveText("請先從五個選項中選一個。");
  // Only the panel: the class room's banner is another area's.
  const only = '[data-testid="mind-panel"]';
  await expectChineseNow(page, "the mind panel, before", names, only);
  await before.getByText("不同意", { exact: true }).click();
  await before.getByRole("button", { name: "記錄我閱讀前的立場" }).click();
  const now = panel.getByRole("form", { name: "你現在的立場" });
  await now.getByText("同意", { exact: true }).click();
  await now.getByRole("button", { name: "記錄我現在的立場" }).click();
  await expect(panel.getByTestId("my-stance")).toContainText("閱讀前你說：不同意；現在：同意。");
  await expect(panel.getByTestId("mind-toward")).toHaveText("1");
  await expectChineseNow(page, "the mind panel, after", names, only);
  await reader.context.close();
});

// The class pages (components/classes), walked as their teacher, a student and a newcomer.

/** A person whose browser reads Chinese, with their names allowed on the pages. */
async function chinesePerson(browser: Browser, prefix: string) {
  const someone = await person(browser, prefix, { locale: "zh-TW" });
  await chineseContext(someone.context, test.info().project.use.baseURL!);
  return someone;
}

const namesOf = (...people: Person[]) =>
  new Set([
    ...ALLOWED,
    ...people.flatMap((p) => `${p.username} ${p.name}`.split(/[^A-Za-z]+/).filter(Boolean)),
  ]);

/** The runs of Latin letters in one part of a page, outside content marked English or names. */
async function englishIn(part: Locator): Promise<string[]> {
  const text = await part.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const skip of copy.querySelectorAll('[lang="en"], [translate="no"]')) skip.remove();
    return copy.textContent ?? "";
  });
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ACRONYM.test(w));
}

test("the class pages read in Chinese: a teacher's, a student's and a student's to-do list", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacher = await chinesePerson(browser, "laoshi");
  const student = await chinesePerson(browser, "xuesheng");
  const invitee = await chinesePerson(browser, "tongshi");
  const allowed = namesOf(teacher, student, invitee);
  const page = await teacher.context.newPage();

  await expectChinese(page, "/classes", allowed);
  await expect(page.getByText("你還沒有加入任何班級")).toBeVisible();

  const klass = await makeClass(teacher, "經濟學甲班");
  await join(student, klass);
  await assign(teacher, klass, {
    title: "評估海灣支柱",
    instructions: "至少投票一次。",
    targetClaimIds: ["gulf-capital-hub"],
  });
  expect((await vote(student, klass, "gulf-capital-hub")).ok()).toBe(true);
  const invited = await teacher.context.request.post(`/api/classes/${klass.id}/teachers`, {
    data: { username: invitee.username },
  });
  expect(invited.status()).toBe(201);

  await expectChinese(page, "/classes", allowed);
  await expectChinese(page, klass.url, allowed);
  for (const region of ["加入班級", "建立學生帳號（不需要電子郵件）", "班級活動", "管理"])
    await expect(page.getByRole("region", { name: region })).toBeVisible();
  await expect(page.getByRole("region", { name: "「評估海灣支柱」的進度" })).toBeVisible();
  await expect(page.getByRole("region", { name: "成員（2）" })).toBeVisible();

  const [row] = await queryDatabase<{ id: string }>("SELECT id FROM users WHERE username = ?", [
    student.username,
  ]);
  const studentId = row!.id;
  await expectChinese(page, `${klass.url}/students/${studentId}`, allowed);

  const invitations = await invitee.context.newPage();
  await expectChinese(invitations, "/classes", allowed);
  await expect(invitations.getByRole("button", { name: "接受" })).toBeVisible();

  const studentPage = await student.context.newPage();
  await expectChinese(studentPage, klass.url, allowed);
  await expect(studentPage.getByRole("heading", { name: "你的待辦清單" })).toBeVisible();
  // The class room's banner (the debate page around it is walked above).
  await studentPage.goto(`/debates/ai-dollar?room=${klass.roomId}`);
  const banner = studentPage.getByTestId("room-banner");
  await expect(banner).toContainText("經濟學甲班 的班級討論室");
  expect(await englishIn(banner)).toEqual([]);
  for (const someone of [teacher, student, invitee]) await someone.context.close();
});

test("the join link reads in Chinese, signed out and signed in", async ({ browser }) => {
  const teacher = await chinesePerson(browser, "laoshi");
  const newcomer = await chinesePerson(browser, "xinsheng");
  const allowed = namesOf(teacher, newcomer);
  const klass = await makeClass(teacher, "歷史乙班");

  const signedOut = await browser.newContext({ locale: "zh-TW" });
  const page = await signedOut.newPage();
  await expectChinese(page, `/classes/join/${klass.joinCode}`, allowed);
  await expect(page).toHaveURL(/\/sign-up\?next=/);
  await expect(page.getByTestId("joining-notice")).toContainText("你正在加入 歷史乙班");
  await signedOut.close();

  const signedIn = await newcomer.context.newPage();
  await expectChinese(signedIn, `/classes/join/${klass.joinCode}`, allowed);
  await expect(signedIn.getByRole("heading", { name: "加入 歷史乙班" })).toBeVisible();
  await expectChinese(signedIn, "/classes/join/NOSUCHCODE", allowed);
  await expect(signedIn.getByTestId("join-preview")).toHaveText(
    "這個代碼不符合任何開放中的班級。請和你的老師確認。",
  );
  for (const someone of [teacher, newcomer]) await someone.context.close();
});

test("refused class forms say their field errors in Chinese", async ({ browser }) => {
  test.setTimeout(90_000);
  const teacher = await chinesePerson(browser, "laoshi");
  const allowed = namesOf(teacher);
  const page = await teacher.context.newPage();

  // A class without a name (Conform's reply, beside the field).
  await page.goto("/classes");
  const create = page.getByRole("form", { name: "建立班級" });
  await create.getByRole("button", { name: "建立班級" }).click();
  await expect(create.getByTestId("error-summary")).toContainText("有些欄位需要修正。");
  // Said twice: in the summary and beside the field (Conform's reply).
  await expect(create.getByText("請替班級取個名稱。")).toHaveCount(2);
  await expectChineseNow(page, "a refused class", allowed);

  // An assignment without a title or a due time.
  const klass = await makeClass(teacher, "地理丙班");
  await page.goto(klass.url);
  const form = page.getByRole("form", { name: "指派作業" });
  await form.getByLabel("分數").fill("0");
  await form.getByRole("button", { name: "指派作業" }).click();
  const summary = form.getByTestId("error-summary");
  await expect(summary).toContainText("請替作業取個標題。");
  await expect(summary).toContainText("請填寫截止日期和時間。");
  await expect(summary).toContainText("請至少填 1。");
  await expectChineseNow(page, "a refused assignment", allowed);

  // A roster with bad rows: each named by its row, in Chinese.
  await page.getByText("匯入名單（CSV）").click();
  await page
    .getByLabel(/^CSV 名單/)
    .fill(["姓名,帳號", "王小明,wang", ",blank", "李四,wang"].join("\n"));
  await page.getByRole("button", { name: "匯入名單" }).click();
  const errors = page.getByTestId("roster-errors");
  await expect(errors).toContainText("第 3 列：請填寫每位學生的姓名。");
  await expect(errors).toContainText("第 4 列：帳號名稱「wang」也出現在第 2 列。");
  await expectChineseNow(page, "a refused roster", new Set([...allowed, "wang", "blank"]));

  // Then a good one: the new accounts, their sheet and the answer, in Chinese too.
  await page.getByLabel(/^CSV 名單/).fill("姓名\n王小明\n李四");
  await page.getByRole("button", { name: "匯入名單" }).click();
  await expect(page.getByTestId("new-accounts").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByText("已建立 2 個帳號。")).toBeVisible();
  await expectChineseNow(page, "an imported roster", allowed);
  await teacher.context.close();
});

test("a JSON API refusal in Chinese names its fields in Chinese, with a code", async ({
  browser,
  baseURL,
}) => {
  const teacher = await chinesePerson(browser, "laoshi");
  const api = teacher.context.request;
  const zh = { "Accept-Language": "zh-TW,zh;q=0.9" };

  const noName = await api.post("/api/classes", { data: { name: "" }, headers: zh });
  expect(noName.status()).toBe(400);
  expect(await noName.json()).toEqual({
    error: "有些欄位需要修正。",
    code: "invalid",
    fields: { name: ["請替班級取個名稱。"] },
  });

  // A schema's own wording and zod's would-be defaults alike.
  const klass = await makeClass(teacher, "數學丁班");
  const bad = await api.post(`/api/classes/${klass.id}/assignments`, {
    data: { title: 5, dueAt: "tomorrow", minEvidence: -1, maxPoints: "many", sideMode: "x" },
    headers: zh,
  });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.code).toBe("invalid");
  expect(body.fields.title).toEqual(["請替作業取個標題。"]);
  expect(body.fields.dueAt).toEqual(["請填寫截止日期和時間。"]);
  expect(body.fields.minEvidence).toEqual(["請至少填 0。"]);
  for (const messages of Object.values(body.fields) as string[][])
    for (const message of messages) expect(message).toMatch(/[\u3400-\u9fff]/);

  // The server's own refusals before any route: too large, and a damaged server action.
  const large = await api.post("/api/classes", {
    data: { name: "x".repeat(70 * 1024) },
    headers: zh,
  });
  expect(large.status()).toBe(413);
  expect(await large.json()).toEqual({ error: "送出的內容最多 64 KB。", code: "body_too_large" });
  const action = await api.post("/classes", {
    headers: { ...zh, "Next-Action": "7f00", "Content-Type": "text/plain" },
    data: "not json",
  });
  expect(action.status()).toBe(400);
  expect(await action.json()).toEqual({
    error: "表單送出時損壞了，請重新整理後再試。",
    code: "action_body",
  });

  // English readers keep today's words, with the same codes.
  await teacher.context.addCookies([{ name: "agora-ui", value: "en", url: baseURL! }]);
  const en = await api.post("/api/classes", { data: { name: "" } });
  expect(await en.json()).toEqual({
    error: "Some fields need attention.",
    code: "invalid",
    fields: { name: ["Name the class."] },
  });
  await teacher.context.close();
});
