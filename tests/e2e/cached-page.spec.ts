import { expect, test } from "@playwright/test";
import { debateListSchema } from "@/app/api/debates/schema";
import { signedInRequest } from "./support";

const thesisScore = '[data-score-for="thesis"] [data-testid="claim-score"]';

test("the shared public page, served from cache, still shows a vote made since", async ({
  page,
  baseURL,
}) => {
  // The first visit renders the page and keeps it; the next ones are served from the cache.
  await page.goto("/debates/ai-dollar?lang=en");
  const served = await page.goto("/debates/ai-dollar?lang=en");
  expect(["HIT", "STALE"]).toContain(served!.headers()["x-nextjs-cache"]);
  const cachedHtml = await served!.text();

  // Someone agrees strongly with the thesis after the page was kept.
  const voter = await signedInRequest(baseURL!);
  const vote = await voter.put("/api/claims/thesis/vote", { data: { agreement: 2, impact: 4 } });
  expect(vote.status()).toBe(200);
  const list = debateListSchema.parse(await (await voter.get("/api/debates")).json());
  const now = String(Math.round(list.debates[0]!.thesis.tally.score));
  const kept = cachedHtml.match(
    /data-score-for="thesis"[^>]*>.*?data-testid="claim-score">(\d+)</,
  )![1];
  expect(kept, "the vote must have moved the thesis for this test to mean anything").not.toBe(now);

  // A reader opening the page now may get the kept copy, but sees the current score as soon
  // as the live stream connects (its first event is a snapshot of every score).
  const reader = await page.goto("/debates/ai-dollar?lang=en");
  expect(["HIT", "STALE"]).toContain(reader!.headers()["x-nextjs-cache"]);
  expect(await reader!.text()).toBe(cachedHtml);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await expect(page.locator(thesisScore).first()).toHaveText(now);
  await voter.dispose();
});

test("the cached page greets a signed-in reader by name and offers sign-in to others", async ({
  browser,
  baseURL,
}) => {
  const anonymous = await browser.newPage();
  await anonymous.goto("/debates/ai-dollar");
  await expect(anonymous.getByRole("link", { name: "Sign in" })).toBeVisible();

  const api = await signedInRequest(baseURL!, `cached-${Date.now()}`);
  const context = await browser.newContext({ storageState: await api.storageState() });
  const reader = await context.newPage();
  await reader.goto("/debates/ai-dollar");
  await expect(reader.getByTestId("viewer-name")).toHaveText(/^cached-/);
  await expect(reader.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  // Signing out from the header of the cached page ends the session there and then, and takes
  // the reader to the home page. (Closing the context while that navigation was still under way
  // hung Chromium past the test's timeout: wait for it.)
  await reader.getByRole("button", { name: "Sign out" }).click();
  await reader.waitForURL((url) => url.pathname === "/");
  await expect(reader.getByRole("link", { name: "Sign in" })).toBeVisible();
  const me = await (await context.request.get("/api/me")).json();
  expect(me).toEqual({ viewer: null });
  await context.close();
  await anonymous.close();
  await api.dispose();
});
