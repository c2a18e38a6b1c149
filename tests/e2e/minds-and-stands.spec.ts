import { expect, test, type Page } from "@playwright/test";
import { readerAt, fromAddress } from "./readers";
import { signUpInBrowser, uniqueName } from "./support";

// This file's readers sign up from an address of their own (see ./readers.ts).
const ADDRESS = "198.51.100.11";
test.use({ extraHTTPHeaders: fromAddress(ADDRESS) });
// Two of these tests record a stance in the public room and one counts them: one at a time.
test.describe.configure({ mode: "serial" });

type Summary = { withBefore: number; recordedBoth: number; toward: number; against: number };

const countIn = async (page: Page, histogram: string, value: number) =>
  Number(
    await page
      .getByTestId(`histogram-${histogram}`)
      .locator(`tr[data-value="${value}"] [data-testid=count]`)
      .textContent(),
  );

test("a vote moves the claim's histogram on an open page, live", async ({ page, baseURL }) => {
  await page.goto("/debates/ai-dollar/claims/cloud-big-four");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const people = Number(await page.getByTestId("stand-people").textContent());
  const agreeing = await countIn(page, "agreement", 1);
  const decisive = await countIn(page, "impact", 4);
  await expect(
    page
      .getByRole("table", { name: "Is it true?" })
      .getByRole("rowheader", { name: "Agree", exact: true }),
  ).toBeVisible();

  const voter = await readerAt(baseURL!, ADDRESS);
  const vote = await voter.put("/api/claims/cloud-big-four/vote", {
    data: { agreement: 1, impact: 4 },
  });
  expect(vote.status()).toBe(200);

  await expect(page.getByTestId("stand-people")).toHaveText(String(people + 1));
  await expect.poll(() => countIn(page, "agreement", 1)).toBe(agreeing + 1);
  await expect.poll(() => countIn(page, "impact", 4)).toBe(decisive + 1);
  const stand = await (await voter.get("/api/claims/cloud-big-four/stand")).json();
  expect(stand.claim.people).toBe(people + 1);
  await voter.dispose();
});

test("a reader records a stance before reading, votes, and changes their mind", async ({
  page,
  baseURL,
}) => {
  const baseline: Summary = (
    await (await page.request.get("/api/debates/ai-dollar/stances")).json()
  ).summary;
  await signUpInBrowser(page, uniqueName("mind"), "/debates/ai-dollar?lang=en");
  const panel = page.getByTestId("mind-panel");
  const before = panel.getByRole("form", { name: "Your stance before" });
  await expect(before).toContainText("Before you read: where do you stand on the thesis?");
  await before.getByText("Disagree", { exact: true }).click();
  await before.getByRole("button", { name: "Record my stance before reading" }).click();
  await expect(panel.getByTestId("my-stance")).toContainText("Before reading you said: Disagree");
  await expect(panel.getByTestId("mind-with-before")).toHaveText(String(baseline.withBefore + 1));

  // Reads a claim and votes on it.
  await page.goto("/debates/ai-dollar/claims/nvidia-share");
  const vote = page.getByRole("form", { name: "Your vote on this claim" });
  await vote.getByText("Strongly agree").click();
  await vote.getByRole("button", { name: "Save vote" }).click();
  await expect(vote.getByRole("status")).toHaveText("Vote saved.");

  // Back on the debate: the mind has changed.
  await page.goto("/debates/ai-dollar?lang=en");
  const now = panel.getByRole("form", { name: "Your stance now" });
  await expect(now).toContainText("Has your mind changed?");
  await now.getByText("Agree", { exact: true }).click();
  await now.getByRole("button", { name: "Record where I stand now" }).click();
  await expect(panel.getByTestId("my-stance")).toContainText("now: Agree");
  await expect(panel.getByTestId("mind-both")).toHaveText(String(baseline.recordedBoth + 1));
  await expect(panel.getByTestId("mind-toward")).toHaveText(String(baseline.toward + 1));
  await expect(panel.getByTestId("mind-against")).toHaveText(String(baseline.against));

  // Two more readers move (one each way) after voting on the same claim: from three movers the
  // panel names the claims they voted on most, and never who they are.
  for (const [from, to] of [
    [0, 2],
    [1, -1],
  ]) {
    const reader = await readerAt(baseURL!, ADDRESS);
    expect(
      (
        await reader.post("/api/debates/ai-dollar/stances", {
          data: { phase: "before", stance: from },
        })
      ).status(),
    ).toBe(201);
    await reader.put("/api/claims/nvidia-share/vote", { data: { agreement: 2 } });
    expect(
      (
        await reader.post("/api/debates/ai-dollar/stances", { data: { phase: "now", stance: to } })
      ).status(),
    ).toBe(201);
    await reader.dispose();
  }
  await page.reload();
  await expect(panel.getByTestId("mind-toward")).toHaveText(String(baseline.toward + 2));
  await expect(panel.getByTestId("mind-against")).toHaveText(String(baseline.against + 1));
  await expect(panel.getByTestId("mind-top-claims").getByRole("link").first()).toHaveAttribute(
    "href",
    /\/claims\/nvidia-share/,
  );
});

test("the stance API: sign-in, same-origin, validation and one 'before'", async ({
  baseURL,
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const url = "/api/debates/ai-dollar/stances";
  expect((await anonymous.post(url, { data: { phase: "before", stance: 1 } })).status()).toBe(401);
  expect((await anonymous.get(url)).status()).toBe(200);
  const reader = await readerAt(baseURL!, ADDRESS);
  const bad = await reader.post(url, { data: { phase: "later", stance: 7 } });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(["phase", "stance"]);
  expect(
    (
      await reader.post(url, { data: "not json", headers: { "content-type": "application/json" } })
    ).status(),
  ).toBe(400);
  expect(
    (
      await reader.post(url, {
        data: { phase: "before", stance: 1 },
        headers: { origin: "https://evil.example" },
      })
    ).status(),
  ).toBe(403);
  expect((await reader.post(url, { data: { phase: "before", stance: 1 } })).status()).toBe(201);
  expect((await reader.post(url, { data: { phase: "before", stance: 2 } })).status()).toBe(409);
  const mine = await (await reader.get(url)).json();
  expect(mine.mine).toEqual({ before: 1, now: null });
  expect(
    (
      await reader.post("/api/debates/nope/stances", { data: { phase: "now", stance: 0 } })
    ).status(),
  ).toBe(404);
  await reader.dispose();
  await anonymous.dispose();
});
