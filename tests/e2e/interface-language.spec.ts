import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { queryDatabase, signedInRequest, uniqueName } from "./support";

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

/** Pages not translated yet: listed (and printed) so the gap is visible, never skipped silently. */
const TODO = [
  "/debates/[slug]/claims/[id] (claim page: evidence, votes, stand, fact-check, revisions)",
  "/debates/[slug]: the change-of-mind panel (components/mind), see TODO_PARTS",
  "/classes, /classes/[id], /classes/[id]/students/[studentId], /classes/join/[code]",
  "evidence forms and cards (components/evidence), vote forms (components/claims, components/stand)",
  "field errors written by zod schemas (lib/validation)",
];

/** Parts of translated pages still in English, left out of the check and printed. */
const TODO_PARTS = [
  { selector: 'section[aria-labelledby="mind-heading"]', what: "change-of-mind panel" },
];

/** Every run of Latin letters the page shows or announces outside content marked English. */
async function englishOnPage(page: Page, allowed: Set<string>): Promise<string[]> {
  const found = await page.evaluate(
    (todo) => {
      for (const selector of todo)
        for (const el of document.querySelectorAll(selector)) el.remove();
      const english = (el: Element | null) =>
        el?.closest("[lang]")?.getAttribute("lang") === "en" || !!el?.closest('[translate="no"]');
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, noscript, template")) continue;
        if (!english(parent) && node.textContent?.trim()) out.push(node.textContent.trim());
      }
      for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]"))
        for (const name of ["aria-label", "placeholder", "title", "alt"]) {
          const value = el.getAttribute(name);
          if (value && !english(el)) out.push(`${name}: ${value}`);
        }
      out.push(`<title>: ${document.title}`);
      return out;
    },
    TODO_PARTS.map((p) => p.selector),
  );
  return found.filter(
    (text) =>
      !/[\u3400-\u9fff]/.test(text) &&
      (
        text.replace(/^(aria-label|placeholder|title|alt|<title>): /, "").match(/[A-Za-z]{2,}/g) ??
        []
      ).some((word) => !allowed.has(word) && !ACRONYM.test(word)),
  );
}

async function expectChinese(page: Page, path: string, allowed = ALLOWED) {
  const response = await page.goto(path);
  expect(response!.status(), path).toBeLessThan(500);
  await expect.soft(page.locator("html"), path).toHaveAttribute("lang", "zh-Hant");
  await page.waitForLoadState("networkidle");
  expect.soft(await englishOnPage(page, allowed), `English on ${path}`).toEqual([]);
}

async function chineseContext(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: "agora-ui", value: "zh", url: baseURL }]);
}

test("every translated page reads in Chinese, signed out", async ({ browser }) => {
  test.info().annotations.push({ type: "todo", description: TODO.join("\n") });
  const parts = TODO_PARTS.map((p) => `${p.what} (${p.selector}), left out of the check`);
  console.log(`Not yet translated (issue 12 item 1):\n- ${[...TODO, ...parts].join("\n- ")}`);
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
  await expect(page.locator("#essay-heading + p + div p[lang=en]").first()).toBeVisible();

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
