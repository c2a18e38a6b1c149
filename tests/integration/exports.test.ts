import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { debateExportSchema } from "@/app/api/debates/schema";
import { db } from "@/db";
import { claims, claimVotes, evidence, tallies } from "@/db/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import { roomExport } from "@/lib/exports/data";
import { CSV_COLUMNS, toAif, toArgdown, toCsv, toJson } from "@/lib/exports/formats";
import { proposeClaim } from "@/lib/proposals/propose";
import type { Viewer } from "@/lib/session";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";
import { parseCsv } from "../support/csv";

const PUBLIC = "ai-dollar-public";
let people: Viewer[];
let classRoom: string;
let evidenceId: string;

beforeAll(async () => {
  people = await makeViewers(3, "export");
  const klass = await createClass(people[0]!, { name: "Export class", anonymous: true });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(people[1]!, klass.joinCode!);
  const item = await addEvidence(people[0]!, "nvidia-share", undefined, {
    stance: "rebut",
    url: "https://example.org/export",
    title: 'A "quoted", comma title',
    quote: "Line one\nline two",
    explanation: "=SUM(A1) is not a formula here",
    sourceType: "research",
  });
  evidenceId = item.id;
  await rateEvidence(people[1]!, item.id, 4);
  await voteOnClaim(people[1]!, "nvidia-share", undefined, { agreement: -2, impact: 3 });
  await voteOnClaim(people[2]!, "nvidia-share", undefined, { agreement: 1 });
  await voteOnClaim(people[1]!, "thesis", classRoom, { agreement: 2 });
});

const claimRows = () =>
  db.select().from(claims).where(eq(claims.debateId, "ai-dollar")).orderBy(claims.position);

const scoresOf = async (roomId: string) =>
  new Map(
    (await db.select().from(tallies).where(eq(tallies.roomId, roomId))).map((t) => [
      t.claimId,
      t.score,
    ]),
  );

describe("open data exports", () => {
  it("JSON: the debate's claims with scores, evidence without authors, and vote counts", async () => {
    const text = toJson(await roomExport("ai-dollar", undefined, null));
    // The API's debate shape, plus evidence whose items carry no other field (no author).
    expect(() => debateExportSchema.parse(JSON.parse(text))).not.toThrow();
    const data = JSON.parse(text);
    const rows = await claimRows();
    expect(data.claims.map((c: { id: string }) => c.id).sort()).toEqual(
      rows.map((r) => r.id).sort(),
    );
    const scores = await scoresOf(PUBLIC);
    for (const c of data.claims) expect(c.tally.score).toBe(scores.get(c.id) ?? 50);
    const nvidia = data.claims.find((c: { id: string }) => c.id === "nvidia-share");
    const votes = await db
      .select()
      .from(claimVotes)
      .where(and(eq(claimVotes.roomId, PUBLIC), eq(claimVotes.claimId, "nvidia-share")));
    expect(nvidia.votes.people).toBe(votes.length);
    expect(nvidia.votes.agreement["-2"]).toBe(votes.filter((v) => v.agreement === -2).length);
    const stored = await db
      .select()
      .from(evidence)
      .where(
        and(eq(evidence.roomId, PUBLIC), isNull(evidence.deletedAt), isNull(evidence.hiddenAt)),
      );
    expect(data.evidence).toHaveLength(stored.length);
    const item = data.evidence.find((e: { id: string }) => e.id === evidenceId);
    expect(item).toMatchObject({
      claimId: "nvidia-share",
      stance: "rebut",
      quote: "Line one\nline two",
    });
    expect(item.ratings).toMatchObject({ raters: 1, strength: { "4": 1 } });
    for (const person of people) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name);
    }
    expect(text).not.toContain("authorId");
  });

  it("CSV: a BOM, the licence, and one row per claim matching the database", async () => {
    const csv = toCsv(await roomExport("ai-dollar", undefined, null));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const { comments, rows } = parseCsv(csv.slice(1));
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatch(/^# Licence: .*CC BY 4\.0/);
    expect(comments[0]).not.toContain(",");
    const [header, ...body] = rows;
    expect(header).toEqual([...CSV_COLUMNS]);
    const dbClaims = await claimRows();
    expect(body).toHaveLength(dbClaims.length);
    const scores = await scoresOf(PUBLIC);
    const cell = (row: string[], column: string) => row[header!.indexOf(column)]!;
    for (const row of body) {
      const claim = dbClaims.find((c) => c.id === cell(row, "id"))!;
      expect(cell(row, "text_zh")).toBe(
        claim.textZh.startsWith("-") ? `'${claim.textZh}` : claim.textZh,
      );
      expect(cell(row, "parent_id")).toBe(claim.parentId ?? "");
      expect(Number(cell(row, "score"))).toBe(scores.get(claim.id) ?? 50);
    }
    const nvidia = body.find((row) => cell(row, "id") === "nvidia-share")!;
    expect(cell(nvidia, "people")).toBe("2");
    expect(cell(nvidia, "agreement_-2")).toBe("1");
    expect(cell(nvidia, "agreement_1")).toBe("1");
    expect(cell(nvidia, "impact_3")).toBe("1");
    expect(cell(nvidia, "evidence_rebut")).toBe("1");
  });

  it("Argdown: in each language, the claim tree with its support and attack relations", async () => {
    const data = await roomExport("ai-dollar", undefined, null);
    const dbClaims = await claimRows();
    for (const lang of ["zh", "en"] as const) {
      const lines = toArgdown(data, lang).split("\n");
      expect(lines.filter((l) => l.startsWith("//")).join(" ")).toMatch(/CC BY 4\.0/);
      // Read the tree back: indentation gives the parent, the mark the relation.
      const parsed = new Map<
        string,
        { parent: string | null; relation: string | null; text: string }
      >();
      const stack: string[] = [];
      for (const line of lines) {
        const m = /^( *)(<\+ |<- )?\[([^\]]+)\]: (.*)$/.exec(line);
        if (!m) {
          expect(line === "" || line.startsWith("//") || line.startsWith("# ")).toBe(true);
          continue;
        }
        const depth = m[1]!.length / 2;
        stack.length = depth;
        parsed.set(m[3]!, {
          parent: depth === 0 ? null : stack[depth - 1]!,
          relation: m[2] === "<+ " ? "supports" : m[2] === "<- " ? "opposes" : null,
          text: m[4]!,
        });
        stack.push(m[3]!);
      }
      expect(parsed.size).toBe(dbClaims.length);
      for (const claim of dbClaims) {
        const node = parsed.get(claim.id)!;
        expect(node.parent).toBe(claim.parentId);
        expect(node.relation).toBe(claim.relation);
        const text = (lang === "zh" ? claim.textZh : claim.textEn).replace(/\s+/g, " ").trim();
        if (!/[[\]#{}<>]/.test(text)) expect(node.text).toBe(text);
      }
    }
  });

  it("AIF: an I-node per claim, an RA or CA node per relation, and edges that connect them", async () => {
    const aif = JSON.parse(toAif(await roomExport("ai-dollar", undefined, null)));
    expect(aif.licence).toMatch(/CC BY 4\.0/);
    const dbClaims = await claimRows();
    const nodes = new Map<string, { type: string; text: string }>(
      aif.nodes.map((n: { nodeID: string; type: string; text: string }) => [n.nodeID, n]),
    );
    expect(nodes.size).toBe(aif.nodes.length);
    expect(aif.nodes.filter((n: { type: string }) => n.type === "I")).toHaveLength(dbClaims.length);
    for (const e of aif.edges) {
      expect(nodes.has(e.fromID)).toBe(true);
      expect(nodes.has(e.toID)).toBe(true);
    }
    for (const claim of dbClaims) {
      expect(nodes.get(claim.id)).toMatchObject({ type: "I", text: claim.textEn });
      if (!claim.parentId) continue;
      const [out] = aif.edges.filter((e: { fromID: string }) => e.fromID === claim.id);
      const scheme = nodes.get(out.toID)!;
      expect(scheme.type).toBe(claim.relation === "supports" ? "RA" : "CA");
      const onward = aif.edges.filter((e: { fromID: string }) => e.fromID === out.toID);
      expect(onward.map((e: { toID: string }) => e.toID)).toEqual([claim.parentId]);
    }
  });

  it("class rooms: their own votes, for members only", async () => {
    const data = await roomExport("ai-dollar", classRoom, people[1]!);
    expect(data.classRoom).toBe(true);
    expect(data.claims.find((c) => c.id === "thesis")!.votes.agreement["2"]).toBe(1);
    expect(data.claims.find((c) => c.id === "nvidia-share")!.votes.people).toBe(0);
    expect(data.evidence).toEqual([]);
    await expect(roomExport("ai-dollar", classRoom, people[2]!)).rejects.toMatchObject({
      status: 403,
    });
    await expect(roomExport("ai-dollar", classRoom, null)).rejects.toMatchObject({ status: 401 });
  });

  // Last: the reader's claim it adds to the class room is in no other test's expectations.
  it("Argdown and AIF tell a reader's claim from the essay's", async () => {
    const objection = await proposeClaim(people[1]!, "nvidia-share", classRoom, {
      relation: "opposes",
      kind: "factual",
      textEn: "A reader's objection",
      textZh: "讀者的反駁",
    });
    const data = await roomExport("ai-dollar", classRoom, people[1]!);
    const argdown = toArgdown(data, "en").split("\n");
    // Under its parent, as an attack, tagged.
    const parent = argdown.find((line) => line.includes("[nvidia-share]: "))!;
    const indent = " ".repeat(parent.search(/\S/) + 2);
    expect(argdown).toContain(`${indent}<- [${objection.id}]: A reader's objection #reader`);
    expect(parent).not.toContain("#reader");
    expect(toArgdown(data, "zh")).toContain(`[${objection.id}]: 讀者的反駁 #reader`);
    const aif = JSON.parse(toAif(data));
    const node = (id: string) => aif.nodes.find((n: { nodeID: string }) => n.nodeID === id);
    expect(node(objection.id)).toMatchObject({ type: "I", origin: "reader" });
    expect(node("nvidia-share")).toMatchObject({ type: "I", origin: "essay" });
  });
});
