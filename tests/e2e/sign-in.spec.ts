import { expect, test } from "@playwright/test";
import { TRUSTED_PROXY } from "../../playwright.config";
import { clientAt } from "./http-from";
import { PASSWORD, uniqueName } from "./support";

const signedIn = (answer: {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
}) =>
  answer.status === 302 &&
  !answer.headers.location?.includes("error=") &&
  answer.setCookies.some((c) => c.startsWith("authjs.session-token="));

async function signUp(from: string, username: string, headers: Record<string, string> = {}) {
  return clientAt(from).send("POST", "/api/users", {
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ username, password: PASSWORD, displayName: username }),
  });
}

test("an attacker elsewhere is slowed down, and never locks the owner out", async () => {
  const username = uniqueName("owner");
  expect((await signUp("127.0.0.1", username)).status).toBe(201);
  const attacker = clientAt("127.0.0.23");
  const failures = [];
  for (let i = 0; i < 5; i++) failures.push((await attacker.signIn(username, `guess ${i}`)).status);
  expect(failures).toEqual(Array(5).fill(302));
  const throttled = await attacker.signIn(username, PASSWORD);
  expect(throttled.status).toBe(429);
  expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
  // Rotating X-Forwarded-For does not make the attacker someone else.
  const forged = await attacker.signIn(username, "another guess", {
    "x-forwarded-for": "198.51.100.99",
  });
  expect(forged.status).toBe(429);
  // The owner, at home, or behind the trusted proxy even under the attacker's claimed address.
  expect(signedIn(await clientAt("127.0.0.24").signIn(username, PASSWORD))).toBe(true);
  const viaProxy = await clientAt(TRUSTED_PROXY).signIn(username, PASSWORD, {
    "x-forwarded-for": "198.51.100.99",
  });
  expect(signedIn(viaProxy)).toBe(true);
});

test("sign-ups stop at 200 per address per hour, however X-Forwarded-For rotates", async () => {
  test.setTimeout(120_000);
  const from = "127.0.0.26";
  const username = uniqueName("sybil");
  expect((await signUp(from, username)).status).toBe(201);
  // Taken usernames still count (they cost a hash); 199 more fill the hour.
  for (let batch = 0; batch < 199; batch += 20) {
    const statuses = await Promise.all(
      Array.from({ length: Math.min(20, 199 - batch) }, (_, i) =>
        signUp(from, username, { "x-forwarded-for": `198.51.100.${batch + i}` }).then(
          (a) => a.status,
        ),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([409]));
  }
  const refused = await signUp(from, uniqueName("sybil"), { "x-forwarded-for": "203.0.113.1" });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  // A proxy the server trusts speaks for many clients: each of its clients has its own hour.
  const behindProxy = await signUp(TRUSTED_PROXY, uniqueName("pupil"), {
    "x-forwarded-for": "203.0.113.2",
  });
  expect(behindProxy.status).toBe(201);
});

test("the credentials endpoint takes one form, each field once, and answers mistakes with 4xx", async () => {
  const username = uniqueName("form");
  expect((await signUp("127.0.0.1", username)).status).toBe(201);
  const client = clientAt("127.0.0.27");
  const { csrfToken } = JSON.parse((await client.send("GET", "/api/auth/csrf")).body);
  const post = (contentType: string, body: string) =>
    client.send("POST", "/api/auth/callback/credentials", {
      headers: { "content-type": contentType },
      body,
    });
  const json = await post(
    "application/json",
    JSON.stringify({ csrfToken, username, password: PASSWORD }),
  );
  expect(json.status).toBe(415);
  expect((await post("text/plain", `username=${username}`)).status).toBe(415);
  // Two usernames: one limited, the other signed in, in the old code. Now neither.
  const twice = new URLSearchParams({ csrfToken, username: "someone-else", password: PASSWORD });
  twice.append("username", username);
  const repeated = await post("application/x-www-form-urlencoded", twice.toString());
  expect(repeated.status).toBe(400);
  expect(JSON.parse(repeated.body).error).toMatch(/only once/);
  const huge = new URLSearchParams({ csrfToken, username, password: "x".repeat(70_000) });
  expect((await post("application/x-www-form-urlencoded", huge.toString())).status).toBe(413);
  const form = new URLSearchParams({ csrfToken, username, password: PASSWORD });
  expect(signedIn(await post("application/x-www-form-urlencoded", form.toString()))).toBe(true);
});

test("signing in never ends on another site, whatever `next` says", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const username = uniqueName("nav");
  expect((await signUp("127.0.0.1", username)).status).toBe(201);
  const site = new URL(baseURL!).origin;
  for (const next of [
    "/\\evil.example/",
    "/\t/evil.example/",
    "//evil.example/",
    "/\n/evil.example",
    "https://evil.example/",
    "/debates/ai-dollar?lang=en",
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("viewer-name")).toBeVisible();
    expect(new URL(page.url()).origin, JSON.stringify(next)).toBe(site);
    if (next.startsWith("/debates"))
      expect(new URL(page.url()).pathname).toBe("/debates/ai-dollar");
    await context.close();
  }
  // Auth.js's own callbackUrl, through the credentials endpoint.
  const client = clientAt("127.0.0.28");
  const { csrfToken } = JSON.parse((await client.send("GET", "/api/auth/csrf")).body);
  const answer = await client.send("POST", "/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      csrfToken,
      username,
      password: PASSWORD,
      callbackUrl: "https://evil.example/",
    }).toString(),
  });
  expect(answer.status).toBe(302);
  // Next names the server "localhost" in the URLs it builds: either name of this server is fine.
  const location = new URL(answer.headers.location!, site);
  expect(["127.0.0.1", "localhost"]).toContain(location.hostname);
  expect(location.port).toBe(new URL(site).port);
});
