// Builds the benchmark's synthetic database: the AI-dollar debate plus users, evidence and votes
// spread over the public room and 40 class rooms, with tallies computed from the raw rows.
import { rmSync } from "node:fs";
import type { Client, InStatement } from "@libsql/client";
import { openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { seed } from "../db/seed/seed";
import { aiDollar } from "../db/seed/ai-dollar";
import { DUMMY_HASH } from "../lib/auth/password";
import { computeRoom, type RoomInputs } from "../lib/tally/full";

export type Scale = { users: number; evidence: number; votes: number; classes: number };
export const FULL: Scale = { users: 20_000, evidence: 50_000, votes: 1_000_000, classes: 40 };
export const scaled = (factor: number): Scale => ({
  users: Math.round(FULL.users * factor),
  evidence: Math.round(FULL.evidence * factor),
  votes: Math.round(FULL.votes * factor),
  classes: FULL.classes,
});

/** Deterministic pseudo-random numbers, so every run builds the same data. */
function random(seedValue: number) {
  let s = seedValue >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

async function insertRows(client: Client, table: string, columns: string[], rows: unknown[][]) {
  const perStatement = Math.floor(30_000 / columns.length / 10) * 10;
  const statements: InStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    statements.push({
      sql: `insert into ${table} (${columns.join(",")}) values ${chunk.map(() => `(${columns.map(() => "?").join(",")})`).join(",")}`,
      args: chunk.flat() as never,
    });
  }
  for (let i = 0; i < statements.length; i += 50)
    await client.batch(statements.slice(i, i + 50), "write");
}

export async function buildDataset(file: string, scale: Scale) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const url = `file:${file}`;
  await migrate({ url });
  const { client, db } = openDatabase({ url });
  await seed(db);
  const rand = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const claims = aiDollar.claims.map((c) => c.key);
  const now = Date.now();

  const users = Array.from({ length: scale.users }, (_, i) => [
    `b-u${i}`,
    `bench${i}`,
    `Bench reader ${i}`,
    DUMMY_HASH,
    now,
  ]);
  await insertRows(
    client,
    "users",
    ["id", "username", "name", "password_hash", "created_at"],
    users,
  );
  const classRows = Array.from({ length: scale.classes }, (_, k) => [
    `b-c${k}`,
    `Bench class ${k}`,
    `b-u${k % scale.users}`,
    now,
  ]);
  await insertRows(client, "classes", ["id", "name", "owner_id", "created_at"], classRows);
  const roomIds = ["ai-dollar-public", ...classRows.map((_, k) => `b-r${k}`)];
  // Every user is a student of one class (user i of class i mod 40), so class-room votes are allowed.
  await insertRows(
    client,
    "enrolments",
    ["class_id", "user_id", "role", "pseudonym", "created_at"],
    users.map((_, i) => [`b-c${i % scale.classes}`, `b-u${i}`, "student", `Reader ${i}`, now]),
  );
  await insertRows(
    client,
    "rooms",
    ["id", "debate_id", "class_id", "revision", "created_at"],
    classRows.map((_, k) => [`b-r${k}`, "ai-dollar", `b-c${k}`, 0, now]),
  );

  // Half of everything in the public room, the rest in the writer's class room.
  const roomOf = (user: number) =>
    rand() < 0.5 ? roomIds[0]! : roomIds[1 + (user % scale.classes)]!;
  const inputs = new Map<string, RoomInputs>(
    roomIds.map((r) => [
      r,
      {
        claims: aiDollar.claims.map((c) => ({
          id: c.key,
          parentId: c.parent,
          relation: c.relation,
        })),
        evidence: [],
        evidenceVotes: [],
        claimVotes: [],
      },
    ]),
  );
  const evidenceRows: unknown[][] = [];
  const evidenceByRoom = new Map<
    string,
    { id: string; claimId: string; stance: "support" | "rebut" }[]
  >(roomIds.map((r) => [r, []]));
  for (let i = 0; i < scale.evidence; i++) {
    const author = Math.floor(rand() * scale.users);
    const room = roomOf(author);
    const item = {
      id: `b-e${i}`,
      claimId: pick(claims),
      authorId: `b-u${author}`,
      stance: rand() < 0.55 ? ("support" as const) : ("rebut" as const),
      visible: true,
    };
    evidenceRows.push([
      item.id,
      room,
      item.claimId,
      item.authorId,
      item.stance,
      `https://example.org/b/${i}`,
      `Source ${i}`,
      "A passage.",
      "Why it matters.",
      "news",
      now,
    ]);
    inputs.get(room)!.evidence.push(item);
    evidenceByRoom.get(room)!.push(item);
  }
  await insertRows(
    client,
    "evidence",
    [
      "id",
      "room_id",
      "claim_id",
      "author_id",
      "stance",
      "url",
      "title",
      "quote",
      "explanation",
      "source_type",
      "created_at",
    ],
    evidenceRows,
  );

  // 60% claim votes, 40% strength ratings; one per user, target and room.
  const claimVoteRows: unknown[][] = [];
  const seen = new Set<string>();
  const claimVoteCount = Math.round(scale.votes * 0.6);
  // Tiny scales cannot hold every vote as a distinct (room, target, user): stop after enough tries.
  let tries = 0;
  while (claimVoteRows.length < claimVoteCount && tries++ < scale.votes * 20) {
    const user = Math.floor(rand() * scale.users);
    const room = roomOf(user);
    const userId = `b-u${user}`;
    const claimId = pick(claims);
    const key = `${room}|${claimId}|${userId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const vote = {
      claimId,
      userId,
      agreement: Math.floor(rand() * 5) - 2,
      impact: rand() < 0.5 ? Math.floor(rand() * 5) : null,
    };
    claimVoteRows.push([room, claimId, userId, vote.agreement, vote.impact, now]);
    inputs.get(room)!.claimVotes.push(vote);
  }
  await insertRows(
    client,
    "claim_votes",
    ["room_id", "claim_id", "user_id", "agreement", "impact", "updated_at"],
    claimVoteRows,
  );
  const ratingRows: unknown[][] = [];
  tries = 0;
  while (ratingRows.length < scale.votes - claimVoteCount && tries++ < scale.votes * 20) {
    const user = Math.floor(rand() * scale.users);
    const room = roomOf(user);
    const items = evidenceByRoom.get(room)!;
    if (items.length === 0) continue;
    const item = pick(items);
    const userId = `b-u${user}`;
    const key = `${room}|${item.id}|${userId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const strength = 1 + Math.floor(rand() * 5);
    ratingRows.push([room, item.id, userId, strength, now]);
    inputs.get(room)!.evidenceVotes.push({ evidenceId: item.id, userId, strength });
  }
  await insertRows(
    client,
    "evidence_votes",
    ["room_id", "evidence_id", "user_id", "strength", "updated_at"],
    ratingRows,
  );

  // Tallies and rater balances, exactly as the incremental path would have left them.
  const tallyRows: unknown[][] = [];
  const balanceRows: unknown[][] = [];
  for (const [room, roomInputs] of inputs) {
    for (const [claimId, t] of computeRoom(roomInputs)) {
      tallyRows.push([
        room,
        claimId,
        t.evidenceNet,
        t.ratingNet,
        t.agreementSum,
        t.agreementCount,
        t.impactSum,
        t.impactCount,
        t.net,
        t.score,
        0,
        now,
      ]);
    }
    const byId = new Map(roomInputs.evidence.map((e) => [e.id, e]));
    const balances = new Map<string, number>();
    for (const v of roomInputs.evidenceVotes) {
      const e = byId.get(v.evidenceId)!;
      const key = `${e.claimId}|${v.userId}`;
      balances.set(
        key,
        (balances.get(key) ?? 0) + (e.stance === "support" ? 1 : -1) * (v.strength - 3),
      );
    }
    for (const [key, balance] of balances) {
      const [claimId, userId] = key.split("|");
      if (balance !== 0) balanceRows.push([room, claimId, userId, balance]);
    }
  }
  await insertRows(
    client,
    "tallies",
    [
      "room_id",
      "claim_id",
      "evidence_net",
      "rating_net",
      "agreement_sum",
      "agreement_count",
      "impact_sum",
      "impact_count",
      "net",
      "score",
      "revision",
      "updated_at",
    ],
    tallyRows,
  );
  await insertRows(
    client,
    "rater_balances",
    ["room_id", "claim_id", "user_id", "balance"],
    balanceRows,
  );
  await client.execute("pragma wal_checkpoint(TRUNCATE)");
  await client.execute("analyze");
  client.close();
  return { users: scale.users, rooms: roomIds, claims };
}
