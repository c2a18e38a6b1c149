import { expect, test } from "@playwright/test";
import { signUpInBrowser, uniqueName } from "./support";

const segments = '[data-testid="argument-map"] a.map-segment';

test("the map draws a segment per claim, each a link to its claim, reachable by keyboard", async ({
  page,
}) => {
  await page.goto("/debates/ai-dollar");
  await page.getByRole("link", { name: "See the argument as a map" }).click();
  // Links name the reading language, here the English interface's (decision 0033).
  await expect(page).toHaveURL(/\/debates\/ai-dollar\/map\?lang=en$/);
  const claims = await page.locator("[data-claim-id]").count();
  expect(claims).toBeGreaterThan(10);
  await expect(page.locator(segments)).toHaveCount(claims);
  await expect(
    page.locator(`${segments}[href="/debates/ai-dollar/claims/thesis?lang=en"]`),
  ).toHaveCount(1);

  // Tab until a segment has focus: the caption shows its claim, Enter opens it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => !!document.activeElement?.closest("[data-caption]"))) break;
  }
  const focused = page.locator(`${segments}:focus`);
  await expect(focused).toHaveCount(1);
  const href = (await focused.getAttribute("href"))!;
  await expect(page.getByTestId("map-caption")).toHaveText(
    (await focused.getAttribute("data-caption"))!,
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, "\\?")}$`));
});

test("a vote on a claim reshades its segment on an open map, without a reload", async ({
  browser,
}) => {
  const claim = "g42-microsoft";
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/debates/ai-dollar/map");
  await expect(reader.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const path = reader.locator(`[data-map-score-for="${claim}"]`);
  const before = await path.getAttribute("data-score");
  const shadeBefore = await path.getAttribute("fill-opacity");

  const voter = await (await browser.newContext()).newPage();
  await signUpInBrowser(voter, uniqueName("maya"), `/debates/ai-dollar/claims/${claim}`);
  const form = voter.getByRole("form", { name: "Your vote on this claim" });
  await form
    .getByRole("group", { name: "Is it true?" })
    .getByText("Agree", { exact: true })
    .click();
  await form
    .getByRole("group", { name: "Does it matter to its parent claim?" })
    .getByText("Decisive")
    .click();
  await form.getByRole("button", { name: "Save vote" }).click();
  await expect(form.getByRole("status")).toHaveText("Vote saved.");

  await expect(path).not.toHaveAttribute("data-score", before!, { timeout: 5000 });
  await expect(path).not.toHaveAttribute("fill-opacity", shadeBefore!);
});

test("the map fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/debates/ai-dollar/map");
  const map = page.getByTestId("argument-map");
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("the favicon answers, so fresh pages log no 404", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
