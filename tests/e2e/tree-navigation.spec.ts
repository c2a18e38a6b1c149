import { expect, test, type Page } from "@playwright/test";
import { evidenceBody, signedInRequest } from "./support";

// Finding your way in the argument tree (issue 12 item 3, docs/decisions/0029).

// Several loads of the 100-claim page per test, the filtered ones rendered per request: more
// than the default 30 s when the machine is busy.
test.beforeEach(() => test.setTimeout(90_000));

const tree = (page: Page) => page.getByRole("list", { name: "Argument tree" });
const claimIn = (page: Page, id: string) => tree(page).locator(`[data-claim-id="${id}"]`);

/** Follows "Search and filter the tree" (the cached page has only the link), fills, submits. */
async function searchAndFilter(page: Page, fill: (form: Page) => Promise<unknown>) {
  await expect(page.getByRole("search")).toHaveCount(0);
  await page.getByRole("link", { name: "Search and filter the tree" }).click();
  await fill(page);
  await page.getByRole("search").getByRole("button", { name: "Show" }).click();
}

test("collapse all hides every branch, expand all shows them again", async ({ page }) => {
  await page.goto("/debates/ai-dollar?lang=en");
  const deep = claimIn(page, "pif-ai-investment");
  // Below the thesis's own claims the tree waits closed (decision 0033): "Expand all" loads it.
  await expect(claimIn(page, "gulf-anchor")).toBeVisible();
  await expect(deep).toHaveCount(0);
  // The buttons work once the page's script has loaded: retry the click until then.
  await expect(async () => {
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(deep).toBeVisible({ timeout: 2000 });
  }).toPass();
  await page.getByRole("button", { name: "Collapse all" }).click();
  await expect(deep).toBeHidden();
  await expect(claimIn(page, "thesis")).toBeVisible();
  await expect(claimIn(page, "gulf-anchor")).toBeHidden();
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(deep).toBeVisible();
});

test("search finds a claim by its Chinese and by its English wording and marks the hits", async ({
  page,
}) => {
  // Side by side, as the reader chose: the claims' Chinese wording is shown and marked.
  await page.goto("/debates/ai-dollar?lang=both");
  await searchAndFilter(page, (p) =>
    p.getByLabel("Search claims (中文 or English)").fill("公共投資基金"),
  );
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("status").filter({ hasText: "1 claim matches" })).toBeVisible();
  await expect(claimIn(page, "pif-ai-investment").locator("mark")).toHaveText("公共投資基金");
  await expect(claimIn(page, "qatar-ai-framework")).toHaveCount(0);

  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) =>
    p.getByLabel("Search claims (中文 or English)").fill("national ai strategy"),
  );
  await expect(claimIn(page, "uae-ai-strategy-2031").locator("mark")).toHaveText(
    "National AI Strategy",
  );
  await expect(claimIn(page, "pif-ai-investment")).toHaveCount(0);
  // The path to a hit stays, unmarked, so the hit is read under its parents.
  await expect(claimIn(page, "thesis").first()).toBeVisible();
  await expect(page.getByLabel("Search claims (中文 or English)")).toHaveValue(
    "national ai strategy",
  );
});

test("the kind and side filters keep only the matching claims", async ({ page }) => {
  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) => p.getByLabel("Kind").selectOption("Normative"));
  await expect(page).toHaveURL(/kind=normative/);
  await expect(claimIn(page, "sign-of-the-times")).toBeVisible();
  await expect(claimIn(page, "pif-ai-investment")).toHaveCount(0);

  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) => p.getByLabel("Side").selectOption("Against the thesis"));
  await expect(claimIn(page, "term-from-commentators")).toBeVisible();
  await expect(claimIn(page, "pif-ai-investment")).toHaveCount(0);

  await page.getByLabel("Side").selectOption("For the thesis");
  await page.getByRole("search").getByRole("button", { name: "Show" }).click();
  await expect(claimIn(page, "pif-ai-investment")).toBeVisible();
  await expect(claimIn(page, "term-from-commentators")).toHaveCount(0);

  await page.getByRole("link", { name: "Show the whole tree" }).click();
  const essayClaims = tree(page).locator(
    "li[data-claim-id]:not(:has(> .claim-card [data-origin=reader]))",
  );
  await expect(async () => {
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(essayClaims).toHaveCount(106, { timeout: 2000 });
  }).toPass();
});

test("the fact-check filter keeps the claims the editor found disputed", async ({ page }) => {
  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) => p.getByLabel("Fact-check").selectOption("Disputed"));
  await expect(page).toHaveURL(/check=disputed/);
  const shown = tree(page).locator("[data-claim-id]");
  expect(await shown.count()).toBeLessThan(106);
  // Every claim shown is disputed, or on the path to one: each leaf shown is disputed.
  const leafChecks = await tree(page).evaluate((list) =>
    [...list.querySelectorAll("li[data-claim-id]")]
      .filter((li) => !li.querySelector("details"))
      .map((li) => li.querySelector(".claim-card .tag-check")?.getAttribute("data-check")),
  );
  expect(leafChecks.length).toBeGreaterThan(0);
  expect(new Set(leafChecks)).toEqual(new Set(["disputed"]));
});

test("contested: a claim the room is split on with three votes, not an unvoted one", async ({
  page,
  baseURL,
}) => {
  for (const agreement of [1, -1, 0]) {
    const api = await signedInRequest(baseURL!);
    const vote = await api.put("/api/claims/gulf-own-models/vote", { data: { agreement } });
    expect(vote.status()).toBe(200);
  }
  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) =>
    p.getByLabel("Contested (near 50, with 3 or more votes)").check(),
  );
  await expect(page).toHaveURL(/contested=1/);
  await expect(claimIn(page, "gulf-own-models")).toBeVisible();
  await expect(claimIn(page, "uae-ai-strategy-2031")).toHaveCount(0);
});

test("new since my last visit: what was argued after this browser's previous visit", async ({
  page,
  baseURL,
  context,
}) => {
  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) => p.getByLabel("New since my last visit").check());
  await expect(page.getByRole("status").filter({ hasText: "no earlier visit" })).toBeVisible();

  // A visit that began and ended a moment ago (after the seed wrote the essay's claims); some
  // evidence comes after it.
  const earlier = Date.now() - 1000;
  await context.addCookies([
    {
      name: "agora-visit",
      value: `${earlier}.${earlier}`,
      domain: new URL(baseURL!).hostname,
      path: "/debates/ai-dollar",
    },
  ]);
  const api = await signedInRequest(baseURL!);
  const added = await api.post("/api/claims/nscai-governance/evidence", { data: evidenceBody() });
  expect(added.status()).toBe(201);

  await page.goto("/debates/ai-dollar?lang=en");
  await searchAndFilter(page, (p) => p.getByLabel("New since my last visit").check());
  await expect(claimIn(page, "nscai-governance")).toBeVisible();
  await expect(claimIn(page, "uae-ai-strategy-2031")).toHaveCount(0);
  // These views continue the same visit: the previous one stays what it was.
  const cookies = (await context.cookies()).filter((c) => c.name === "agora-visit");
  expect(cookies.map((c) => [c.path, Number(c.value.split(".")[0])])).toEqual([
    ["/debates/ai-dollar", earlier],
  ]);
});

test("the skip link reaches the tree in three Tab presses", async ({ page }) => {
  await page.goto("/debates/ai-dollar?lang=en");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the argument tree" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#argument-tree$/);
  await page.keyboard.press("Tab");
  const focusedInTree = await page.evaluate(
    () => document.activeElement?.closest("#argument-tree") !== null,
  );
  expect(focusedInTree).toBe(true);
});

test("from an essay highlight, the claim page leads back to it in the tree", async ({ page }) => {
  await page.goto("/debates/ai-dollar?lang=en");
  await page.locator('#essay a[href*="/claims/pif-ai-investment?"]').first().click();
  await expect(page).toHaveURL(/\/claims\/pif-ai-investment/);
  await page.getByRole("link", { name: "Back to the tree" }).click();
  await expect(page).toHaveURL(/claim=pif-ai-investment#argument-tree$/);
  const link = claimIn(page, "pif-ai-investment").locator(".claim-link");
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("Essay / Tree / Map switch shows one at a time", async ({ page }) => {
    await page.goto("/debates/ai-dollar");
    const switcher = page.getByRole("navigation", { name: "Show" });
    const essay = page.getByRole("region", { name: "The essay" });
    const treeSection = page.getByRole("region", { name: "Argument tree" });
    await expect(essay).toBeVisible();
    await expect(treeSection).toBeHidden();
    await switcher.getByRole("link", { name: "Tree" }).click();
    await expect(treeSection).toBeVisible();
    await expect(essay).toBeHidden();
    await switcher.getByRole("link", { name: "Essay" }).click();
    await expect(essay).toBeVisible();
    await expect(treeSection).toBeHidden();
    await switcher.getByRole("link", { name: "Map" }).click();
    await expect(page).toHaveURL(/\/debates\/ai-dollar\/map/);
  });

  test("the claim page's link back opens the tree, not the essay", async ({ page }) => {
    await page.goto("/debates/ai-dollar/claims/pif-ai-investment?lang=zh");
    await page.getByRole("link", { name: "Back to the tree" }).click();
    await expect(claimIn(page, "pif-ai-investment").locator(".claim-link")).toBeFocused();
    await expect(page.getByRole("region", { name: "The essay" })).toBeHidden();
  });
});
