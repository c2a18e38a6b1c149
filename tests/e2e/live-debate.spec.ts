import { expect, test } from "@playwright/test";
import { evidenceBody, signedInRequest, signUpInBrowser, uniqueName } from "./support";

test("A's rebuttal moves the thesis score on B's open page, without a reload", async ({
  browser,
}) => {
  const claim = "worth-guarding-against";
  const reader = await browser.newContext();
  const b = await reader.newPage();
  await b.goto("/debates/ai-dollar");
  await expect(b.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await b.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));
  const thesisScore = b.locator('[data-score-for="thesis"] [data-testid="claim-score"]').first();
  const before = Number(await thesisScore.textContent());

  const writer = await browser.newContext();
  const a = await writer.newPage();
  await signUpInBrowser(a, uniqueName("alice"), `/debates/ai-dollar/claims/${claim}`);
  await expect(a.getByRole("heading", { level: 1 })).toContainText("worth guarding against");
  const form = a.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Rebuts the claim").check();
  await form.getByLabel("Source link").fill("https://example.org/fragile-ai-dollar");
  await form.getByLabel("Source title").fill("Why the AI dollar will not last");
  await form.getByLabel("Exact quote from the source").fill("Compute is not oil.");
  await form
    .getByLabel("How it bears on the claim")
    .fill("Lock-in from chips fades within a product cycle.");
  await form.getByRole("button", { name: "Add evidence" }).click();
  const card = a
    .getByTestId("evidence-rebutting")
    .locator("article", { hasText: "Why the AI dollar will not last" });
  await expect(card).toContainText("example.org · News · by Reader");
  // Authors do not rate their own evidence: others judge its strength.
  await expect(card.getByRole("button", { name: "Rate 5 of 5" })).toHaveCount(0);
  await expect(card.getByTestId("evidence-rating")).toHaveText("Not rated yet");

  // "worth-guarding-against" supports the thesis directly, so a rebuttal of it lowers the thesis.
  await expect
    .poll(async () => Number(await thesisScore.textContent()), { timeout: 5000 })
    .toBeLessThan(before);
  await expect(
    b.locator('[data-score-for="worth-guarding-against"] [data-testid="claim-score"]').first(),
  ).not.toHaveText("50");
  expect(await b.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(
    true,
  );

  // A's own page explains the new score.
  await a.getByText("Why this score?").click();
  await expect(a.getByTestId("why-score")).toContainText(
    "Evidence: Why the AI dollar will not last",
  );
  await expect(a.getByTestId("why-total")).toHaveText(/^\d+\.\d$/);
  await writer.close();
  await reader.close();
});

test("a claim that came with its branch, below the page's first level, takes live scores too", async ({
  page,
  baseURL,
}) => {
  // gulf-pushes-itself lies under gulf-anchor, in a branch the page loads when it opens
  // (decision 0033).
  const claim = "gulf-pushes-itself";
  await page.goto("/debates/ai-dollar?lang=en");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const score = page.locator(`[data-score-for="${claim}"] [data-testid="claim-score"]`);
  await expect(score).toHaveCount(0);
  await page.locator('[data-essay-branch="gulf-anchor"] > summary').click();
  await expect(score).toHaveText("50");

  const api = await signedInRequest(baseURL!);
  const added = await api.post(`/api/claims/${claim}/evidence`, { data: evidenceBody() });
  expect(added.status()).toBe(201);
  await expect
    .poll(async () => Number(await score.textContent()), { timeout: 5000 })
    .toBeGreaterThan(50);
  await api.dispose();
});

test("a form refuses a javascript: link and an over-long quote, next to the fields", async ({
  page,
}) => {
  await signUpInBrowser(page, uniqueName("bob"), "/debates/ai-dollar/claims/nvidia-share");
  const form = page.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Source link").fill("javascript:alert(1)");
  await form.getByLabel("Source title").fill("Sneaky");
  await form.getByLabel("Exact quote from the source").fill("x".repeat(1001));
  await form.getByLabel("How it bears on the claim").fill("No.");
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(form.getByLabel("Source link")).toHaveAccessibleDescription(
    /http:\/\/ or https:\/\//,
  );
  await expect(form.getByLabel("Exact quote from the source")).toHaveAccessibleDescription(
    /at most 1,000 characters/,
  );
  await expect(page.getByTestId("evidence-supporting")).toContainText(
    "No supporting evidence yet.",
  );
});

test("a signed-in reader votes on both questions and sees their own vote kept", async ({
  page,
}) => {
  await signUpInBrowser(page, uniqueName("carol"), "/debates/ai-dollar/claims/pif-ai-investment");
  const form = page.getByRole("form", { name: "Your vote on this claim" });
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
  await page.reload();
  await expect(form.getByRole("radio", { name: "Agree", exact: true })).toBeChecked();
  await expect(form.getByRole("radio", { name: "Decisive" })).toBeChecked();
  await expect(
    page.locator('header [data-score-for="pif-ai-investment"] [data-testid="claim-score"]'),
  ).not.toHaveText("50");
});

test("a reader's profile lists what they contributed", async ({ page }) => {
  const name = uniqueName("gina");
  await signUpInBrowser(page, name, "/debates/ai-dollar/claims/g42-microsoft");
  const form = page.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Source link").fill("https://example.org/g42");
  await form.getByLabel("Source title").fill("G42 and Microsoft deal");
  await form
    .getByLabel("Exact quote from the source")
    .fill("Microsoft will invest $1.5 billion in G42.");
  await form.getByLabel("How it bears on the claim").fill("Confirms the figure.");
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("evidence-supporting")).toContainText("G42 and Microsoft deal");
  await page.getByTestId("viewer-name").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reader ${name}`);
  await expect(page.getByRole("region", { name: "Your evidence" })).toContainText(
    "G42 and Microsoft deal",
  );
});
