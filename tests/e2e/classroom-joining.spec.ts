import { expect, test } from "@playwright/test";
import { deviceAddress, makeClass, person } from "./classroom-support";
import { PASSWORD, uniqueName } from "./support";

test("the join link is whole, copyable and on a QR code; a new code asks first", async ({
  browser,
  baseURL,
}) => {
  const teacher = await person(browser, "teacher", {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const klass = await makeClass(teacher);
  const page = await teacher.context.newPage();
  await page.goto(klass.url);
  const link = `${baseURL}/classes/join/${klass.joinCode}`;
  await expect(page.getByTestId("join-link")).toHaveText(link);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const qr = page.getByRole("img", { name: `QR code of the join link ${link}` });
  await expect(qr.locator("svg")).toBeVisible();

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "New code" }).click();
  expect(asked).toContain("stop working");
  await expect(page.getByTestId("join-code")).toHaveText(klass.joinCode);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "New code" }).click();
  await expect(page.getByText("the old one no longer works")).toBeVisible();
  await expect(page.getByTestId("join-code")).not.toHaveText(klass.joinCode);
  await teacher.context.close();
});

test("a join link names the class and its teacher, through sign-up", async ({ browser }) => {
  const teacher = await person(browser, "teacher");
  const klass = await makeClass(teacher, "Civics 10A");
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": deviceAddress() },
  });
  const page = await context.newPage();
  await page.goto(`/classes/join/${klass.joinCode}`);
  await expect(page).toHaveURL(/\/sign-up\?next=/);
  await expect(page.getByTestId("joining-notice")).toHaveText(
    `You are joining Civics 10A, taught by ${teacher.name}. Make your account, then confirm.`,
  );
  const username = uniqueName("joiner");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Display name").fill("New Joiner");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // The new account's recovery codes come first, then the way on to the class.
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10, {
    timeout: 15_000,
  });
  await page.getByRole("link", { name: /I have saved my codes/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join Civics 10A");
  await expect(page.getByTestId("join-preview")).toHaveText(`Taught by ${teacher.name}.`);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page).toHaveURL(new RegExp(`/classes/${klass.id}$`));
  for (const c of [teacher.context, context]) await c.close();
});

test("a student on a one-time password is sent to change it from any page, then lands in the class", async ({
  browser,
}) => {
  const teacher = await person(browser, "teacher");
  const klass = await makeClass(teacher, "Geography 8D");
  const made = await teacher.context.request.post(`/api/classes/${klass.id}/students`, {
    data: { names: ["Lin Wei"] },
  });
  const [account] = (await made.json()).students as { username: string; password: string }[];

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(account!.username);
  await page.getByLabel("Password").fill(account!.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/password/);
  // Walking away does not work: every page sends them back.
  await page.goto("/debates/ai-dollar/claims/gulf-anchor");
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel("One-time password").fill(account!.password);
  await page.getByLabel("New password", { exact: true }).fill("my own good password");
  await page.getByLabel("New password again").fill("my own good password");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(new RegExp(`/classes/${klass.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geography 8D");
  await page.waitForTimeout(1000); // the header's check of /api/me has come back
  await expect(page).toHaveURL(new RegExp(`/classes/${klass.id}$`));
  for (const c of [teacher.context, context]) await c.close();
});
