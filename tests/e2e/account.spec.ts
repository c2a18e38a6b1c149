import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { evidenceBody, PASSWORD, signedInRequest, signUpInBrowser, uniqueName } from "./support";

const NEW_PASSWORD = "recovered with a code";

async function signInAs(page: Page, username: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const viewerOf = async (page: Page) =>
  (await (await page.request.get("/api/me")).json()).viewer as { name: string } | null;

/**
 * The page's reader joins a fresh class as a student and cites a source in its room: the
 * room's tallies are this test's alone, and the teacher watches them.
 */
async function studentWithEvidence(page: Page, teacher: APIRequestContext) {
  const made = await teacher.post("/api/classes", { data: { name: "Civics 10" } });
  expect(made.status()).toBe(201);
  const klass = await made.json();
  const roomId = klass.rooms[0].id as string;
  expect(
    (await page.request.post("/api/classes/join", { data: { code: klass.joinCode } })).ok(),
  ).toBe(true);
  const posted = await page.request.post(`/api/claims/gulf-anchor/evidence?room=${roomId}`, {
    data: evidenceBody({ title: "A source the student found" }),
  });
  expect(posted.status()).toBe(201);
  const seen = async () => (await teacher.get(`/api/claims/gulf-anchor?room=${roomId}`)).json();
  return { seen, before: await seen() };
}

async function deleteInBrowser(page: Page, withContributions: boolean) {
  await page.goto("/account");
  page.once("dialog", (dialog) => void dialog.accept());
  const form = page.getByRole("form", { name: "Delete my account" });
  await form.getByLabel("Your password").fill(PASSWORD);
  if (withContributions) await form.getByLabel(/Also delete my evidence/).check();
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Your account has been deleted.",
  );
  expect(await viewerOf(page)).toBeNull();
}

test("a forgotten password comes back with a recovery code, which is then spent, and every session ends", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const username = uniqueName("forgetful");
  const page = await browser.newPage();
  const codes = await signUpInBrowser(page, username);
  expect(new Set(codes).size).toBe(10);
  const elsewhere = await browser.newPage();
  await signInAs(elsewhere, username, PASSWORD);
  await expect(elsewhere.getByTestId("viewer-name")).toBeVisible();

  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Choose a new password with a recovery code",
  );
  const recover = async (code: string) => {
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Recovery code").fill(code);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
  };
  await recover("zzzzz-zzzzz");
  await expect(
    page.getByText("That username and recovery code do not match.").first(),
  ).toBeVisible();
  await recover(codes[3]!);
  await expect(page).toHaveURL(/\/sign-in\?recovered=1/);
  await expect(page.getByRole("status").first()).toContainText("Your password is changed");

  expect(await viewerOf(elsewhere)).toBeNull(); // the other browser's session ended
  await signInAs(page, username, PASSWORD);
  await expect(page.getByText("That username and password do not match an account.")).toBeVisible();
  await signInAs(page, username, NEW_PASSWORD);
  await expect(page.getByTestId("viewer-name")).toBeVisible();

  // The spent code does not work twice; the account page counts what is left.
  const again = await page.request.post("/api/account/recover", {
    data: { username, code: codes[3], password: "another new password" },
  });
  expect(again.status()).toBe(400);
  await page.goto("/account");
  await expect(page.getByTestId("codes-left")).toHaveText("You have 9 unused recovery codes.");
});

test("new codes from the account page replace the old set, shown once with print and download", async ({
  page,
}) => {
  const username = uniqueName("renew");
  const old = await signUpInBrowser(page, username);
  await page.goto("/account");
  await page
    .getByRole("form", { name: "Make new codes" })
    .getByLabel("Your password")
    .fill(PASSWORD);
  await page.getByRole("button", { name: "Make new codes" }).click();
  const shown = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(shown).toHaveCount(10);
  const fresh = await shown.allTextContents();
  expect(fresh.some((c) => old.includes(c))).toBe(false);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download" }).click();
  const text = await readFile((await (await download).path())!, "utf8");
  for (const code of fresh) expect(text).toContain(code);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  const stale = await page.request.post("/api/account/recover", {
    data: { username, code: old[0], password: "another new password" },
  });
  expect(stale.status()).toBe(400);
});

test("download my data: a JSON file and a readable page with what the reader contributed", async ({
  page,
}) => {
  await signUpInBrowser(page, uniqueName("exporter"));
  const title = `Exported ${uniqueName("source")}`;
  const posted = await page.request.post("/api/claims/gulf-anchor/evidence", {
    data: evidenceBody({ title }),
  });
  expect(posted.status()).toBe(201);
  await page.request.put("/api/claims/gulf-anchor/vote", { data: { agreement: 1 } });

  await page.goto("/account");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^agora-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await file.path())!, "utf8"));
  expect(data.evidence.map((e: { title: string }) => e.title)).toEqual([title]);
  expect(data.votes).toEqual([expect.objectContaining({ agreement: 1, room: "public room" })]);

  await page.getByRole("link", { name: "Open as a readable page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data on Agora");
  await expect(page.getByText(title)).toBeVisible();
});

test("deleting an account keeps its evidence under “deleted account”, still counting; with its contributions, they leave the debate and its score", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const teacher = await signedInRequest(baseURL!);
  const keeper = await browser.newPage();
  const username = uniqueName("leaver");
  await signUpInBrowser(keeper, username);
  const kept = await studentWithEvidence(keeper, teacher);
  expect(kept.before.tally.score).toBeGreaterThan(50);
  expect(kept.before.evidence[0].author.name).toBe(`Reader ${username}`);

  await deleteInBrowser(keeper, false);

  const after = await kept.seen();
  expect(after.evidence.map((e: { author: { name: string } }) => e.author.name)).toEqual([
    "deleted account",
  ]);
  expect(after.tally.score).toBe(kept.before.tally.score);
  await signInAs(keeper, username, PASSWORD);
  await expect(
    keeper.getByText("That username and password do not match an account."),
  ).toBeVisible();

  const eraser = await browser.newPage();
  await signUpInBrowser(eraser, uniqueName("eraser"));
  const erased = await studentWithEvidence(eraser, teacher);
  expect(erased.before.tally.score).toBeGreaterThan(50);

  await deleteInBrowser(eraser, true);

  const gone = await erased.seen();
  expect(gone.evidence).toEqual([]);
  expect(gone.tally.score).toBe(50);
});
