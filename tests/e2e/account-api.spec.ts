import { expect, request as playwrightRequest, test } from "@playwright/test";
import { PASSWORD, signedInRequest, signIn, uniqueName } from "./support";

test("account routes refuse anonymous and cross-site callers", async ({ request, baseURL }) => {
  expect((await request.get("/api/me/export")).status()).toBe(401);
  expect(
    (await request.post("/api/account/recovery-codes", { data: { password: PASSWORD } })).status(),
  ).toBe(401);
  expect((await request.delete("/api/account", { data: { password: PASSWORD } })).status()).toBe(
    401,
  );
  const api = await signedInRequest(baseURL!);
  const crossSite = { origin: "https://evil.example" };
  const forged = [
    await api.post("/api/account/recovery-codes", {
      data: { password: PASSWORD },
      headers: crossSite,
    }),
    await api.delete("/api/account", { data: { password: PASSWORD }, headers: crossSite }),
    await api.post("/api/account/recover", {
      data: { username: "x", code: "aaaaabbbbb", password: "long enough pass" },
      headers: crossSite,
    }),
  ];
  expect(forged.map((r) => r.status())).toEqual([403, 403, 403]);
  expect((await api.get("/api/me")).ok()).toBe(true); // still signed in: nothing was deleted
});

test("bad input to account routes answers 4xx with the field, never 5xx", async ({ baseURL }) => {
  const api = await signedInRequest(baseURL!);
  const text = { headers: { "content-type": "text/plain" } };
  const cases = [
    await api.get("/api/me/export?format=xml"),
    await api.post("/api/account/recovery-codes", { data: "password", ...text }),
    await api.post("/api/account/recovery-codes", { data: {} }),
    await api.post("/api/account/recovery-codes", { data: { password: 42 } }),
    await api.post("/api/account/recovery-codes", { data: { password: "x".repeat(5000) } }),
    await api.delete("/api/account", { data: "{", ...text }),
    await api.delete("/api/account", { data: { password: PASSWORD, deleteContributions: "yes" } }),
    await api.delete("/api/account", { data: [] }),
    await api.post("/api/account/recover", {
      data: { username: "a", code: "short", password: "p" },
    }),
    await api.post("/api/account/recover", { data: { username: ["a"], code: null } }),
    await api.post("/api/account/recover", {
      data: "null",
      headers: { "content-type": "application/json" },
    }),
  ];
  for (const response of cases) {
    expect(response.status(), response.url()).toBeGreaterThanOrEqual(400);
    expect(response.status(), response.url()).toBeLessThan(500);
    expect(await response.json()).toHaveProperty("error");
  }
  expect((await cases[0]!.json()).fields).toBeTruthy();
  const recover = await cases[8]!.json();
  expect(Object.keys(recover.fields).sort()).toEqual(["code", "password"]);
  const wrongPassword = await api.delete("/api/account", { data: { password: "not my password" } });
  expect(wrongPassword.status()).toBe(403);
  expect((await wrongPassword.json()).fields.password).toEqual(["That is not your password."]);
  expect((await api.get("/api/me")).ok()).toBe(true);
});

test("recovery attempts are limited per account, with Retry-After", async ({ baseURL }) => {
  const username = uniqueName("guessed");
  const owner = await playwrightRequest.newContext({ baseURL });
  const created = await owner.post("/api/users", {
    data: { username, password: PASSWORD, displayName: username },
  });
  expect(created.status()).toBe(201);
  const { recoveryCodes } = await created.json();
  expect(recoveryCodes).toHaveLength(10);

  const guesser = await playwrightRequest.newContext({ baseURL });
  const guess = (code: string) =>
    guesser.post("/api/account/recover", {
      data: { username, code, password: "taken over account" },
    });
  for (let i = 0; i < 5; i++) expect((await guess(`aaaa${i}-bbbbb`)).status()).toBe(400);
  const blocked = await guess(recoveryCodes[0]);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
});

test("the API's account operations work end to end: new codes, recover, delete", async ({
  baseURL,
}) => {
  const username = uniqueName("api-reader");
  const api = await signedInRequest(baseURL!, username);
  const renewed = await api.post("/api/account/recovery-codes", { data: { password: PASSWORD } });
  expect(renewed.status()).toBe(200);
  const { codes } = await renewed.json();
  expect(codes).toHaveLength(10);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const recovered = await anonymous.post("/api/account/recover", {
    data: { username, code: codes[0], password: "recovered over the API" },
  });
  expect(recovered.status()).toBe(200);
  expect((await (await api.get("/api/me")).json()).viewer).toBeNull(); // every session ended

  await signIn(api, username, "recovered over the API");
  const deleted = await api.delete("/api/account", {
    data: { password: "recovered over the API", deleteContributions: true },
  });
  expect(deleted.status()).toBe(200);
  expect((await (await api.get("/api/me")).json()).viewer).toBeNull();
});
