import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startExtraServer } from "./extra-server";
import { debateSchema } from "@/app/api/debates/schema";
import { openDatabase } from "../../db/client";
import { migrate } from "../../db/migrate";
import { seed } from "../../db/seed/seed";
import { E2E_PORT } from "../../playwright.config";
import { fixtureV1, fixtureV2 } from "../support/revision-fixture";

// A server of its own, on a database whose small fixture debate was published under one map
// and revised to the next (as `npm start` does), so the shared e2e database keeps one debate.
const PORT = E2E_PORT + 111;
const DB = "tests/.tmp/revised-map.db";
const site = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

// One server on one file for the whole file: parallel workers would each start (and re-create)
// it under the other's feet.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  rmSync(DB, { force: true });
  await migrate({ url: `file:./${DB}` });
  const { client, db } = openDatabase({ url: `file:./${DB}` });
  await seed(db);
  await seed(db, [fixtureV1]);
  await seed(db, [fixtureV2]);
  client.close();
  server = await startExtraServer(PORT, DB);
});

test.afterAll(() => {
  server.kill("SIGTERM");
});

test("an old claim URL says the claim was revised and leads to its successors", async ({
  page,
}) => {
  await page.goto(`${site}/debates/revision-fixture/claims/rf-e?lang=en`);
  await expect(
    page.getByRole("status").filter({ hasText: "This claim was revised" }),
  ).toBeVisible();
  const successors = page.getByRole("region", { name: "Now argued as these claims" });
  await expect(successors.getByRole("link")).toHaveText(["Claim rf-d-first", "Claim rf-c2"]);
  await successors.getByRole("link", { name: "Claim rf-d-first" }).click();
  await expect(page).toHaveURL(/\/claims\/rf-d\?lang=en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claim rf-d-first");
});

test("a claim page shows whose assertion it is and the editor's fact-check beside the score", async ({
  page,
}) => {
  await page.goto(`${site}/debates/revision-fixture/claims/rf-c2`);
  await expect(page.locator("header[data-claim-id] [data-attribution]")).toHaveText(
    /引述來源:某報告 · Quoted source: A report/,
  );
  const check = page.getByTestId("fact-check");
  await expect(check.locator(".tag-check")).toHaveText(/Disputed/);
  await expect(check.getByText("有爭議。")).toBeVisible();
  await expect(check.getByText("Disputed.", { exact: true })).toBeVisible();
  await expect(check.getByRole("link", { name: "T" })).toHaveAttribute(
    "href",
    "https://example.org/t",
  );
  await expect(check.getByText("— P, 2025-01")).toBeVisible();
  await page.getByText("Why this score?").click();
  await expect(page.getByTestId("why-fact-check")).toContainText("not part of this score");
});

test("the tree shows fact-check badges and filters by them; paragraphs show their context", async ({
  page,
}) => {
  await page.goto(`${site}/debates/revision-fixture?lang=en`);
  const tree = page.getByRole("list", { name: "Argument tree" });
  // Claims below the first level come when their branch opens (decision 0033).
  await expect(async () => {
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(tree.locator("[data-claim-id]")).toHaveCount(6, { timeout: 2000 });
  }).toPass();
  await expect(tree.locator('[data-claim-id="rf-c"] .tag-check').first()).toHaveText(/Disputed/);
  await expect(page.getByTestId("paragraph-context")).toHaveText(/Background\./);
  await page.getByRole("link", { name: "Search and filter the tree" }).click();
  await page.getByLabel("Fact-check").selectOption("Disputed");
  await page.getByRole("search").getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/check=disputed/);
  await expect(tree.locator("[data-claim-id]")).toHaveCount(3);
  await expect(tree.locator('[data-claim-id="rf-d-second"]')).toHaveCount(0);
});

test("the API gives attribution, fact-checks and a retired claim's successors", async ({
  request,
}) => {
  const debate = debateSchema.parse(
    await (await request.get(`${site}/api/debates/revision-fixture`)).json(),
  );
  expect(debate.claims.find((c) => c.id === "rf-c")!.factCheck).toBe("disputed");
  expect(debate.claims.find((c) => c.id === "rf-c2")!.attribution.nameEn).toBe("A report");
  expect(debate.claims.map((c) => c.id)).not.toContain("rf-e");
  const retired = await (await request.get(`${site}/api/claims/rf-e`)).json();
  expect(retired.claim.retired.successors.map((s: { id: string }) => s.id)).toEqual([
    "rf-d",
    "rf-c2",
  ]);
  expect(retired.tally).toBeNull();
});
