import { expect, test, type Locator, type Page } from "@playwright/test";
import { PASSWORD, signUpInBrowser, uniqueName } from "./support";

// Issue 13 item 1: a refused form keeps what was typed, says what is wrong at its top (focus
// goes there, each error links to its field) and beside each field.

// Each test signs up (ten argon2 hashes) and submits several times: generous on a busy machine.
test.describe.configure({ timeout: 90_000 });

const summary = (page: Page) => page.getByTestId("error-summary");

async function fillEvidence(form: Locator, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label).fill(value);
}

test("a refused sign-up keeps the username and display name, and its summary leads to the field", async ({
  page,
}) => {
  const username = uniqueName("dana");
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Display name").fill("Dana Lin");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("Some fields need attention.");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Display name")).toHaveValue("Dana Lin");
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/at least 10 characters/i);

  await summary(page).getByRole("link", { name: "Use at least 10 characters." }).click();
  await expect(password).toBeFocused();
  // Fixing the one field is enough: nothing else has to be typed again.
  await password.fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10, {
    timeout: 15_000,
  });
});

test("a wrong password keeps the username", async ({ browser, page }) => {
  const username = uniqueName("eli");
  const other = await browser.newPage();
  await signUpInBrowser(other, username);
  await other.close();

  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("do not match an account");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
});

test("without JavaScript too, a wrong password keeps the username", async ({ browser }) => {
  const username = uniqueName("fay");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summary(page)).toContainText("do not match an account");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await context.close();
});

test("a refused evidence form keeps its text; a www. link is taken as https", async ({ page }) => {
  await signUpInBrowser(page, uniqueName("gus"), "/debates/ai-dollar/claims/g42-microsoft");
  const form = page.getByRole("form", { name: "Add evidence" });
  const title = `Gulf compute ${uniqueName("t")}`;
  await form.getByLabel("Rebuts the claim").check();
  await fillEvidence(form, {
    "Source link": "www.example.org/gulf-compute",
    "Source title": title,
    "Exact quote from the source": "Sovereign funds now buy accelerators outright.",
  });
  await form.getByRole("button", { name: "Add evidence" }).click();

  await expect(summary(page)).toBeFocused();
  await summary(page).getByRole("link", { name: "Explain how this bears on the claim." }).click();
  await expect(form.getByLabel("How it bears on the claim")).toBeFocused();
  await expect(form.getByLabel("Source link")).toHaveValue("www.example.org/gulf-compute");
  await expect(form.getByLabel("Source title")).toHaveValue(title);
  await expect(form.getByLabel("Exact quote from the source")).toHaveValue(
    "Sovereign funds now buy accelerators outright.",
  );
  await expect(form.getByLabel("Rebuts the claim")).toBeChecked();

  await form.getByLabel("How it bears on the claim").fill("Money follows the chips.");
  await form.getByRole("button", { name: "Add evidence" }).click();
  const card = page.getByTestId("evidence-rebutting").locator("article", { hasText: title });
  await expect(card.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    "https://www.example.org/gulf-compute",
  );
  // A saved form starts afresh for the next item.
  await expect(form.getByLabel("Source title")).toHaveValue("");
});

test("a refused edit keeps the typed link; a saved edit closes the form", async ({ page }) => {
  await signUpInBrowser(page, uniqueName("hal"), "/debates/ai-dollar/claims/g42-microsoft");
  const form = page.getByRole("form", { name: "Add evidence" });
  const title = `Edit me ${uniqueName("t")}`;
  await fillEvidence(form, {
    "Source link": "https://example.org/first",
    "Source title": title,
    "Exact quote from the source": "The first quote.",
    "How it bears on the claim": "The first reason.",
  });
  await form.getByRole("button", { name: "Add evidence" }).click();
  const card = page.getByTestId("evidence-supporting").locator("article", { hasText: title });
  await card.getByRole("button", { name: "Edit" }).click();

  const edit = card.getByRole("form", { name: "Edit evidence" });
  await edit.getByLabel("Source link").fill("ftp://example.org/second");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(card.getByTestId("error-summary")).toBeFocused();
  await expect(edit.getByLabel("Source link")).toHaveValue("ftp://example.org/second");
  await expect(edit.getByLabel("Source link")).toHaveAccessibleDescription(
    /http:\/\/ or https:\/\//,
  );

  await edit.getByLabel("Source link").fill("example.org/second");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(card.getByRole("status")).toHaveText("Evidence updated.");
  await expect(card.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    "https://example.org/second",
  );
});
