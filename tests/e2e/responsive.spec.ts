import { expect, test } from "@playwright/test";
import { signUpInBrowser, uniqueName } from "./support";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of [
  "/",
  "/debates/ai-dollar",
  "/debates/ai-dollar?lang=en",
  "/debates/ai-dollar?lang=zh",
  "/debates/ai-dollar/claims/cloud-big-four",
]) {
  test(`a 360 px phone scrolls ${path} without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}

test("a signed-in 360 px phone sees the claim page, forms included, without horizontal scrolling", async ({
  page,
}) => {
  await signUpInBrowser(page, uniqueName("phone"), "/debates/ai-dollar/claims/thesis");
  await expect(page.getByRole("form", { name: "Add evidence" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
