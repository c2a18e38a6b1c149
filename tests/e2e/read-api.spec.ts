import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { debateListSchema, debateSchema } from "@/app/api/debates/schema";

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    ok: true,
    database: "ok",
    liveStreams: expect.any(Number),
  });
});

test("GET /api/debates lists the seeded debate with its thesis score", async ({ request }) => {
  const response = await request.get("/api/debates");
  expect(response.status()).toBe(200);
  const body = debateListSchema.parse(await response.json());
  expect(body.debates.map((d) => d.slug)).toEqual(["ai-dollar"]);
  const score = body.debates[0]!.thesis.tally.score;
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
});

test("GET /api/debates/ai-dollar matches its schema and holds the whole claim map", async ({
  request,
}) => {
  const response = await request.get("/api/debates/ai-dollar");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const debate = debateSchema.parse(await response.json());
  expect(debate.paragraphs).toHaveLength(51);
  expect(debate.claims).toHaveLength(106);
  expect(debate.claims.find((c) => c.id === "uae-ai-strategy-2031")!.tally.score).toBe(50);
  const paragraphs = new Map(debate.paragraphs.map((p) => [p.id, p]));
  for (const claim of debate.claims) {
    expect(paragraphs.get(claim.anchor!.paragraphId)!.zh).toContain(claim.anchor!.quote);
  }
});

test("an unknown or malformed slug answers 404 JSON", async ({ request }) => {
  for (const slug of ["no-such-debate", "BAD%20slug%3Cscript%3E"]) {
    const response = await request.get(`/api/debates/${slug}`);
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({
      error: "No debate by that name.",
      code: "no_such_debate",
    });
  }
});

test("the production build has none of the benchmark's baseline routes", async ({ request }) => {
  // The server under test was built by `npm start`: its route manifest lists what it can serve.
  const manifest = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8"));
  const routes = Object.values(manifest as Record<string, string>);
  expect(routes).toContain("/api/health");
  expect(routes.filter((route) => route.includes("bench"))).toEqual([]);
  expect((await request.get("/bench/trivial")).status()).toBe(404);
  expect((await request.put("/api/bench/baseline", { data: {} })).status()).toBe(404);
});
