import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { debateExportSchema } from "@/app/api/debates/schema";
import { parseCsv } from "../support/csv";
import { readerAt, fromAddress } from "./readers";
import { queryDatabase, signUpInBrowser, uniqueName } from "./support";

// This file's readers sign up from an address of their own (see ./readers.ts).
const ADDRESS = "198.51.100.12";
test.use({ extraHTTPHeaders: fromAddress(ADDRESS) });

async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("downloads").getByRole("link", { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

test("the debate page offers its public room as JSON, CSV, Argdown in both languages and AIF", async ({
  page,
  baseURL,
}) => {
  const voter = await readerAt(baseURL!, ADDRESS);
  await voter.put("/api/claims/gulf-capital-hub/vote", { data: { agreement: -1 } });
  await voter.dispose();
  const claims = await queryDatabase<{
    id: string;
    parent_id: string | null;
    relation: string | null;
    text_zh: string;
  }>(
    // The public room's: the essay's claims and the public room's proposals, not a class's.
    "select id, parent_id, relation, text_zh from claims where debate_id = 'ai-dollar' " +
      "and (room_id is null or room_id = 'ai-dollar-public')",
  );
  const [gulf] = await queryDatabase<{ n: number }>(
    "select count(*) as n from claim_votes where room_id = 'ai-dollar-public' and claim_id = 'gulf-capital-hub'",
  );

  await page.goto("/debates/ai-dollar");
  await expect(page.getByTestId("downloads")).toContainText(
    "Download: JSON · CSV · Argdown (中文/English) · AIF",
  );

  const json = await download(page, "JSON");
  expect(json.name).toBe("ai-dollar.json");
  const data = debateExportSchema.parse(JSON.parse(json.text));
  expect(data.claims).toHaveLength(claims.length);
  expect(data.claims.find((c) => c.id === "gulf-capital-hub")!.votes.people).toBe(Number(gulf!.n));

  const csv = await download(page, "CSV");
  expect(csv.name).toBe("ai-dollar.csv");
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const { comments, rows } = parseCsv(csv.text.slice(1));
  expect(comments[0]).toMatch(/^# Licence/);
  expect(rows).toHaveLength(claims.length + 1);
  const zhColumn = rows[0]!.indexOf("text_zh");
  expect(rows.find((r) => r[0] === "thesis")![zhColumn]).toBe(
    claims.find((c) => c.id === "thesis")!.text_zh,
  );

  for (const [link, lang] of [
    ["中文", "zh"],
    ["English", "en"],
  ] as const) {
    const argdown = await download(page, link);
    expect(argdown.name).toBe(`ai-dollar.${lang}.argdown`);
    const statements = argdown.text.split("\n").filter((l) => /^ *(<[+-] )?\[[^\]]+\]: /.test(l));
    expect(statements).toHaveLength(claims.length);
    expect(argdown.text).toContain("[thesis]: ");
    expect(argdown.text).toMatch(/\/\/ .*CC BY 4\.0/);
  }
  const zh = await (await page.request.get("/api/debates/ai-dollar/export.argdown?lang=zh")).text();
  expect(zh).toContain(
    claims
      .find((c) => c.id === "thesis")!
      .text_zh.replace(/\s+/g, " ")
      .trim()
      .slice(0, 10),
  );

  const aif = JSON.parse((await download(page, "AIF")).text);
  expect(aif.nodes.filter((n: { type: string }) => n.type === "I")).toHaveLength(claims.length);
  const schemes = aif.nodes.filter((n: { type: string }) => n.type !== "I");
  expect(schemes).toHaveLength(claims.filter((c) => c.parent_id !== null).length);
  expect(schemes.filter((n: { type: string }) => n.type === "CA")).toHaveLength(
    claims.filter((c) => c.relation === "opposes").length,
  );

  expect((await page.request.get("/api/debates/ai-dollar/export.argdown")).status()).toBe(400);
  expect((await page.request.get("/api/debates/ai-dollar/export.argdown?lang=fr")).status()).toBe(
    400,
  );
  expect((await page.request.get("/api/debates/nope/export.json")).status()).toBe(404);
});

test("a class room counts its own minds, and its teacher downloads it; outsiders cannot", async ({
  page,
  baseURL,
  playwright,
}) => {
  await signUpInBrowser(page, uniqueName("teacher"), "/classes");
  const created = await page.request.post("/api/classes", { data: { name: "Export class" } });
  expect(created.status()).toBe(201);
  const { rooms } = await created.json();
  const roomId = rooms[0].id as string;
  await page.request.put(`/api/claims/thesis/vote?room=${roomId}`, { data: { agreement: 2 } });

  await page.goto(`/debates/ai-dollar?room=${roomId}`);
  await expect(page.getByTestId("downloads")).toContainText("Download this class room");
  // The class room counts its own minds, apart from the public room's.
  const panel = page.getByTestId("mind-panel");
  await expect(panel).toContainText("No one has recorded a stance in this room yet.");
  const before = panel.getByRole("form", { name: "Your stance before" });
  await before.getByText("Undecided", { exact: true }).click();
  await before.getByRole("button", { name: "Record my stance before reading" }).click();
  await expect(panel.getByTestId("mind-with-before")).toHaveText("1");
  const file = await download(page, "JSON");
  expect(file.name).toBe(`ai-dollar-${roomId}.json`);
  const data = JSON.parse(file.text);
  expect(data.classRoom).toBe(true);
  expect(data.claims.find((c: { id: string }) => c.id === "thesis").votes.agreement["2"]).toBe(1);
  const [me] = await queryDatabase<{ id: string }>(
    "select user_id as id from claim_votes where room_id = ? and claim_id = 'thesis'",
    [roomId],
  );
  expect(file.text).not.toContain(me!.id);

  const outsider = await readerAt(baseURL!, ADDRESS);
  expect((await outsider.get(`/api/debates/ai-dollar/export.csv?room=${roomId}`)).status()).toBe(
    403,
  );
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/debates/ai-dollar/export.json?room=${roomId}`)).status()).toBe(
    401,
  );
  await outsider.dispose();
  await anonymous.dispose();
});
