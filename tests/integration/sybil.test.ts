import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import {
  bulkHashesWaiting,
  hashPassword,
  hashPasswordInBulk,
  verifyPassword,
} from "@/lib/auth/password";
import { createClass, createStudents, joinWithCode } from "@/lib/classes";
import { AppError } from "@/lib/errors";
import { addEvidence } from "@/lib/evidence";
import { reportEvidence } from "@/lib/moderation";
import type { Viewer } from "@/lib/session";
import { rateEvidence } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error) => (error instanceof AppError ? error.status : Promise.reject(error)),
  );

let teacher: Viewer;
let author: Viewer;
let reader: Viewer;
let classId: string;
let roomId: string;

beforeAll(async () => {
  const [a, b, c] = await makeViewers(3, "sybil");
  [teacher, author, reader] = [a!, b!, c!];
  const klass = await createClass(teacher, { name: "Roster limits", anonymous: false });
  classId = klass.id;
  roomId = klass.rooms[0]!.id;
  await joinWithCode(author, klass.joinCode!);
  await joinWithCode(reader, klass.joinCode!);
});

/** Accounts this teacher made earlier today, written straight into the table. */
async function madeEarlier(teacherId: string, count: number) {
  await db.insert(users).values(
    Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      name: `Earlier ${i}`,
      username: `earlier-${randomUUID().slice(0, 13)}`,
      createdBy: teacherId,
      managedByClassId: classId,
    })),
  );
}

describe("the roster cannot mint accounts in bulk", () => {
  it("refuses more than a class (60) in one request, and writes nothing", async () => {
    const before = await db.$count(users);
    const names = Array.from({ length: 61 }, (_, i) => `Student ${i}`);
    const error = await createStudents(teacher, classId, names).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(error.fields.names[0]).toMatch(/at most 60/);
    expect(await db.$count(users)).toBe(before);
  });

  it("allows 200 accounts per teacher per day, counted in the database", async () => {
    const [busy] = (await makeViewers(1, "busy")) as Viewer[];
    const klass = await createClass(busy!, { name: "Busy", anonymous: false });
    await madeEarlier(busy!.id, 197);
    const over = await createStudents(busy!, klass.id, ["A", "B", "C", "D"]).catch((e) => e);
    expect(over).toBeInstanceOf(AppError);
    expect(over.status).toBe(429);
    expect(over.message).toMatch(/at most 200 student accounts a day; 3 left/);
    expect(await createStudents(busy!, klass.id, ["A", "B", "C"])).toHaveLength(3);
    expect(await status(createStudents(busy!, klass.id, ["Z"]))).toBe(429);
    // Another teacher's allowance is their own.
    expect(await createStudents(teacher, classId, ["Own Class"])).toHaveLength(1);
  });
});

describe("password hashing in lanes", () => {
  it("a sign-in's check does not wait behind a queue of roster hashes", async () => {
    const done: number[] = [];
    const roster = Array.from({ length: 24 }, (_, i) =>
      hashPasswordInBulk(`bulk password ${i}`).then(() => done.push(i)),
    );
    expect(bulkHashesWaiting()).toBeGreaterThan(20);
    const stored = await hashPassword("my sign-in password");
    expect(await verifyPassword(stored, "my sign-in password")).toBe(true);
    // The sign-in finished while most of the roster was still queued.
    expect(done.length).toBeLessThan(12);
    await Promise.all(roster);
    expect(bulkHashesWaiting()).toBe(0);
  });
});

describe("one person, one say", () => {
  it("an author cannot rate their own evidence; others can", async () => {
    const item = await addEvidence(author, "gulf-anchor", roomId, {
      stance: "support",
      url: `https://example.org/${randomUUID()}`,
      title: "Own item",
      quote: "Q",
      explanation: "E",
      sourceType: "news",
    });
    const refused = await rateEvidence(author, item.id, 5).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/cannot rate your own evidence/);
    expect((await rateEvidence(reader, item.id, 4)).strength).toBe(4);
  });

  it("one report per person per item: the second is refused with a clear answer", async () => {
    const item = await addEvidence(author, "gulf-anchor", roomId, {
      stance: "rebut",
      url: `https://example.org/${randomUUID()}`,
      title: "Reported item",
      quote: "Q",
      explanation: "E",
      sourceType: "opinion",
    });
    await reportEvidence(reader, item.id, "off topic");
    const again = await reportEvidence(reader, item.id, "still off topic").catch((e) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(again.status).toBe(409);
    expect(again.message).toMatch(/already reported/);
    await reportEvidence(teacher, item.id, "a teacher's own report");
  });
});
