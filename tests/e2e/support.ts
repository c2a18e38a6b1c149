import { randomUUID } from "node:crypto";
import { createClient } from "@libsql/client";
import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { E2E_DB } from "../../playwright.config";

export const PASSWORD = "a long enough password";

export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Signs up through the API and signs in through Auth.js's credentials endpoint. */
export async function signedInRequest(
  baseURL: string,
  username = uniqueName("user"),
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const created = await api.post("/api/users", {
    data: { username, password: PASSWORD, displayName: username },
  });
  expect(created.status()).toBe(201);
  await signIn(api, username);
  return api;
}

export async function signIn(api: APIRequestContext, username: string, password = PASSWORD) {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  return api.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password },
    maxRedirects: 0,
  });
}

export async function signUpInBrowser(page: Page, username: string, next = "/") {
  await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Display name").fill(`Reader ${username}`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // A new account is shown its recovery codes once before going on.
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10, { timeout: 15_000 }); // ten argon2 hashes on a busy machine
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole("link", { name: /I have saved my codes/ }).click();
  await expect(page.getByTestId("viewer-name")).toHaveText(`Reader ${username}`);
  return recoveryCodes;
}

export const evidenceBody = (overrides: Record<string, unknown> = {}) => ({
  stance: "support",
  url: `https://example.org/${randomUUID()}`,
  title: "A source",
  quote: "The passage that matters.",
  explanation: "Why it bears on the claim.",
  sourceType: "research",
  ...overrides,
});

/** Reads the e2e server's database file directly, to check what was really stored. */
export async function queryDatabase<T>(sql: string, args: (string | number)[] = []): Promise<T[]> {
  const client = createClient({ url: `file:${E2E_DB}`, timeout: 5000 });
  try {
    return (await client.execute({ sql, args })).rows as unknown as T[];
  } finally {
    client.close();
  }
}
