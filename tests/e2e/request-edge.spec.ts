import { expect, test } from "@playwright/test";
import { httpFrom } from "./http-from";
import { signedInRequest, signUpInBrowser, uniqueName } from "./support";
import { serverActionIds } from "./server-actions";

const SECURITY_HEADERS = {
  "content-security-policy":
    /default-src 'self'.*object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
};

test("every kind of answer carries the security headers", async ({ baseURL }) => {
  const home = await httpFrom("127.0.0.1", "GET", "/");
  const asset = home.body.match(/\/_next\/static\/[^"]+\.js/)![0];
  const answers = await Promise.all(
    ["/", "/debates/ai-dollar?lang=en", "/api/debates", "/no-such-page", asset, "/api/health"].map(
      (path) => httpFrom("127.0.0.1", "GET", path),
    ),
  );
  answers.push(await httpFrom("127.0.0.1", "GET", "/%E0%A4%A")); // refused before Next
  for (const answer of answers)
    for (const [name, pattern] of Object.entries(SECURITY_HEADERS))
      expect(answer.headers[name], `${name} on a ${answer.status}`).toMatch(pattern);
  // The public live stream is written outside Next: it gets them too.
  const stream = await fetch(`${baseURL}/api/debates/ai-dollar/events`);
  expect(stream.headers.get("x-content-type-options")).toBe("nosniff");
  await stream.body?.cancel();
});

test("the pages work under the policy: no script or style is refused", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await signUpInBrowser(page, uniqueName("csp"), "/debates/ai-dollar?lang=en");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await page.goto("/debates/ai-dollar/claims/thesis");
  await expect(page.getByRole("heading").first()).toBeVisible();
  expect(refused).toEqual([]);
});

test("a body over 64 KB is refused with 413, before it is read", async ({ baseURL }) => {
  const api = await signedInRequest(baseURL!);
  const big = await api.put("/api/claims/thesis/vote", {
    data: { agreement: 1, padding: "x".repeat(70_000) },
  });
  expect(big.status()).toBe(413);
  // Announced as 100 MB, 1 KB sent: answered at once rather than waiting for the rest.
  const started = Date.now();
  const announced = await httpFrom("127.0.0.1", "POST", "/api/users", {
    headers: { "content-type": "application/json", "content-length": String(100 << 20) },
    body: "x".repeat(1024),
  });
  expect(announced.status).toBe(413);
  expect(Date.now() - started).toBeLessThan(5000);
  // Sent in chunks with no length: counted as it arrives.
  const chunked = await httpFrom("127.0.0.1", "POST", "/api/users", {
    headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    body: JSON.stringify({ username: "x".repeat(70_000) }),
  });
  expect(chunked.status).toBe(413);
  await api.dispose();
});

test("answers with personal data tell caches not to keep them", async ({ baseURL }) => {
  const api = await signedInRequest(baseURL!);
  await api.put("/api/claims/thesis/vote", { data: { agreement: 1 } });
  const created = await api.post("/api/classes", { data: { name: "Period 3" } });
  const { id } = await created.json();
  for (const path of [
    "/api/me",
    "/api/claims/thesis",
    "/api/classes",
    `/api/classes/${id}`,
    `/api/classes/${id}/todo`,
    `/api/classes/${id}/progress`,
    `/api/classes/${id}/gradebook.csv`,
  ]) {
    const answer = await api.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()["cache-control"], path).toMatch(/private.*no-store|no-store.*private/);
  }
  await api.dispose();
});

test("X-Forwarded-Host from a client does not make another site the same origin", async ({
  baseURL,
}) => {
  const api = await signedInRequest(baseURL!);
  const forged = await api.put("/api/claims/thesis/vote", {
    data: { agreement: 1 },
    headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
  });
  expect(forged.status()).toBe(403);
  await api.dispose();
});

test("a cross-site server action is refused with 403, not a 500", async ({ baseURL }) => {
  const [vote] = await serverActionIds(["voteAction"]);
  const call = (headers: Record<string, string>) =>
    httpFrom("127.0.0.1", "POST", "/debates/ai-dollar/claims/thesis", {
      headers: { "next-action": vote!, "content-type": "text/plain", ...headers },
      body: '["$undefined"]',
    });
  expect((await call({ origin: "http://evil.example" })).status).toBe(403);
  expect((await call({ origin: "null" })).status).toBe(403);
  expect((await call({ origin: baseURL!, "sec-fetch-site": "cross-site" })).status).toBe(403);
  expect(
    (await call({ origin: "http://evil.example", "x-forwarded-host": "evil.example" })).status,
  ).toBe(403);
});

test("client mistakes answer 4xx, never 5xx", async ({ baseURL }) => {
  const get = (path: string) => httpFrom("127.0.0.1", "GET", path).then((a) => a.status);
  expect(await get("/debates/%E0%A4%A")).toBe(400);
  expect(await get("/api/debates/%ZZ")).toBe(400);
  expect(await get("/sign-in?next=%0A%2F%2Fevil.example")).toBe(200);
  const api = await signedInRequest(baseURL!);
  const [vote] = await serverActionIds(["voteAction"]);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const action = (contentType: string, body: string) =>
    httpFrom("127.0.0.1", "POST", "/debates/ai-dollar/claims/thesis", {
      headers: { "next-action": vote!, "content-type": contentType, origin: baseURL!, cookie },
      body,
    });
  // A damaged hidden field reaches our action, which says so in the form.
  const boundary = "----agora";
  // Field names as React's client writes them: the form's fields, then the arguments.
  const form = [
    `--${boundary}\r\nContent-Disposition: form-data; name="_1___json"\r\n\r\n{not json`,
    `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]`,
    `--${boundary}--\r\n`,
  ].join("\r\n");
  const damaged = await action(`multipart/form-data; boundary=${boundary}`, form);
  expect(damaged.status).toBe(200);
  expect(damaged.body).toContain("The form was sent damaged");
  expect((await action("text/plain", "garbage")).status).toBe(400);
  expect((await action("text/plain", '{"not":"a list"}')).status).toBe(400);
  expect((await action("text/plain", '["$Q1"]')).status).toBe(400);
  // A form where the previous state should be: the action would get no form at all.
  expect(
    (
      await action(
        `multipart/form-data; boundary=${boundary}`,
        form.replace('[{},"$K1"]', '["$K1"]'),
      )
    ).status,
  ).toBe(400);
  expect((await action("application/json", "[]")).status).toBe(400);
  await api.dispose();
});
