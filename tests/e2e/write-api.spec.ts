import { expect, test } from "@playwright/test";
import {
  evidenceBody,
  PASSWORD,
  queryDatabase,
  signedInRequest,
  signIn,
  uniqueName,
} from "./support";

test("anonymous writes get 401", async ({ request }) => {
  expect(
    (await request.post("/api/claims/thesis/evidence", { data: evidenceBody() })).status(),
  ).toBe(401);
  expect((await request.put("/api/claims/thesis/vote", { data: { agreement: 1 } })).status()).toBe(
    401,
  );
  expect((await request.delete("/api/claims/thesis/vote")).status()).toBe(401);
});

test("editing or deleting another user's evidence gets 403, and the author's edit works", async ({
  baseURL,
}) => {
  const author = await signedInRequest(baseURL!);
  const other = await signedInRequest(baseURL!);
  const created = await author.post("/api/claims/gulf-swf-size/evidence", { data: evidenceBody() });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await other.patch(`/api/evidence/${id}`, { data: { title: "Hijacked" } })).status()).toBe(
    403,
  );
  expect((await other.delete(`/api/evidence/${id}`)).status()).toBe(403);
  const edited = await author.patch(`/api/evidence/${id}`, {
    data: { title: "Sovereign funds, 2024" },
  });
  expect(edited.status()).toBe(200);
  expect((await edited.json()).title).toBe("Sovereign funds, 2024");
  expect((await author.delete(`/api/evidence/${id}`)).status()).toBe(204);
  // Soft deletion keeps the row and its history.
  const [row] = await queryDatabase<{ deleted: number; revisions: number }>(
    "select deleted_at is not null as deleted, (select count(*) from evidence_revisions where evidence_id = ?) as revisions from evidence where id = ?",
    [id, id],
  );
  expect(row).toEqual({ deleted: 1, revisions: 2 });
});

test("bad input answers 400 with the field that is wrong", async ({ baseURL }) => {
  const api = await signedInRequest(baseURL!);
  const badUrl = await api.post("/api/claims/thesis/evidence", {
    data: evidenceBody({ url: "javascript:alert(1)" }),
  });
  expect(badUrl.status()).toBe(400);
  expect((await badUrl.json()).fields.url[0]).toMatch(/http/);
  const longQuote = await api.post("/api/claims/thesis/evidence", {
    data: evidenceBody({ quote: "x".repeat(1001) }),
  });
  expect((await longQuote.json()).fields.quote[0]).toMatch(/at most 1,000/);
  const notJson = await api.put("/api/claims/thesis/vote", {
    data: "agreement=9",
    headers: { "content-type": "text/plain" },
  });
  expect(notJson.status()).toBe(400);
  expect((await api.put("/api/claims/thesis/vote", { data: { agreement: 3 } })).status()).toBe(400);
  expect(
    (await api.put("/api/claims/no-such-claim/vote", { data: { agreement: 1 } })).status(),
  ).toBe(404);
  const duplicate = evidenceBody();
  expect((await api.post("/api/claims/thesis/evidence", { data: duplicate })).status()).toBe(201);
  expect((await api.post("/api/claims/thesis/evidence", { data: duplicate })).status()).toBe(409);
});

test("50 parallel identical votes leave one row and count once", async ({ baseURL }) => {
  const username = uniqueName("dup");
  const api = await signedInRequest(baseURL!, username);
  const answers = await Promise.all(
    Array.from({ length: 50 }, () =>
      api.put("/api/claims/saudi-pledge/vote", { data: { agreement: 2 } }),
    ),
  );
  expect(answers.map((a) => a.status())).toEqual(Array(50).fill(200));
  const rows = await queryDatabase<{ n: number }>(
    "select count(*) as n from claim_votes v join users u on u.id = v.user_id where u.username = ? and v.claim_id = 'saudi-pledge'",
    [username],
  );
  expect(rows[0]!.n).toBe(1);
  const detail = await (await api.get("/api/claims/saudi-pledge")).json();
  expect(detail.myVotes.claim).toEqual({ agreement: 2, impact: null });
});

test("signing out makes the old session cookie useless", async ({ baseURL, playwright }) => {
  const api = await signedInRequest(baseURL!);
  const stolen = await api.storageState();
  expect((await api.put("/api/claims/gulf-energy/vote", { data: { agreement: 1 } })).status()).toBe(
    200,
  );
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  await api.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  const replay = await playwright.request.newContext({ baseURL, storageState: stolen });
  expect(
    (await replay.put("/api/claims/gulf-energy/vote", { data: { agreement: -1 } })).status(),
  ).toBe(401);
});

test("failed sign-ins are limited per account with 429 and Retry-After", async ({ baseURL }) => {
  const username = uniqueName("victim");
  const api = await signedInRequest(baseURL!, username);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++)
    statuses.push((await signIn(api, username, "wrong password!")).status());
  expect(statuses.slice(0, 5)).toEqual(Array(5).fill(302));
  const blocked = await signIn(api, username, PASSWORD);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
});
