import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { thesisStances } from "@/db/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { mindChanges } from "@/lib/mind/summary";
import { myStance, recordStance } from "@/lib/stances";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const SLUG = "ai-dollar";
let readers: Viewer[];
let classRoom: string;
let outsider: Viewer;

const before = (v: Viewer, stance: number, room?: string) =>
  recordStance(v, SLUG, room, { phase: "before", stance });
const now = (v: Viewer, stance: number, room?: string) =>
  recordStance(v, SLUG, room, { phase: "now", stance });

beforeAll(async () => {
  readers = await makeViewers(6, "mind");
  outsider = (await makeViewers(1, "mind-outsider"))[0]!;
  const klass = await createClass(readers[0]!, { name: "Mind class", anonymous: false });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(readers[1]!, klass.joinCode!);
});

describe("change of mind", () => {
  it("records one 'before' and keeps every change of 'now' as history", async () => {
    const [ann] = readers;
    expect(await myStance(ann!, SLUG, undefined)).toEqual({ before: null, now: null });
    expect(await before(ann!, -1)).toEqual({ before: -1, now: null });
    await expect(before(ann!, 2)).rejects.toMatchObject({ status: 409 });
    await now(ann!, 1);
    await now(ann!, 1); // the same answer again is not a change
    expect(await now(ann!, 2)).toEqual({ before: -1, now: 2 });
    const rows = await db
      .select({ phase: thesisStances.phase, stance: thesisStances.stance })
      .from(thesisStances)
      .where(and(eq(thesisStances.userId, ann!.id), eq(thesisStances.roomId, "ai-dollar-public")))
      .orderBy(thesisStances.id);
    expect(rows).toEqual([
      { phase: "before", stance: -1 },
      { phase: "now", stance: 1 },
      { phase: "now", stance: 2 },
    ]);
  });

  it("counts who moved which way, and lists what movers voted on only from 3 movers", async () => {
    const [ann, ben, cat, dan, eve, fay] = readers as [
      Viewer,
      Viewer,
      Viewer,
      Viewer,
      Viewer,
      Viewer,
    ];
    // ann: -1 → 2 (toward); ben: 1 → -1 (against); cat: 0 → 0; dan: before only.
    await before(ben, 1);
    await now(ben, -1);
    await before(cat, 0);
    await now(cat, 0);
    await before(dan, 2);
    await voteOnClaim(ann, "nvidia-share", undefined, { agreement: 2 });
    await voteOnClaim(ben, "nvidia-share", undefined, { agreement: -2 });
    await voteOnClaim(ben, "cloud-big-four", undefined, { agreement: 1 });
    // A reader who did not move votes a lot: it must not count.
    for (const id of ["thesis", "core-resources-shift", "china-export-limits"])
      await voteOnClaim(cat, id, undefined, { agreement: 1 });

    let summary = await mindChanges(SLUG, undefined, null);
    expect(summary).toMatchObject({
      withBefore: 4,
      recordedBoth: 3,
      toward: 1,
      against: 1,
      unchanged: 1,
    });
    expect(summary.averageBefore).toBeCloseTo(0);
    expect(summary.averageNow).toBeCloseTo(1 / 3);
    expect(summary.topClaims).toEqual([]); // two movers could be picked out

    await before(eve, -2);
    await now(eve, 0);
    await voteOnClaim(eve, "nvidia-share", undefined, { impact: 3 });
    const item = await addEvidence(fay, "nvidia-share", undefined, {
      stance: "support",
      url: "https://example.org/mind",
      title: "Mind source",
      quote: "Q",
      explanation: "E",
      sourceType: "news",
    });
    await rateEvidence(eve, item.id, 4);
    await rateEvidence(ben, item.id, 2);
    await rateEvidence(cat, item.id, 5);

    summary = await mindChanges(SLUG, undefined, null);
    expect(summary).toMatchObject({ toward: 2, against: 1 });
    expect(summary.topClaims.map((c) => [c.id, c.votes])).toEqual([
      ["nvidia-share", 3],
      ["cloud-big-four", 1],
    ]);
    expect(summary.topEvidence.map((e) => [e.id, e.votes])).toEqual([[item.id, 2]]);
    expect(JSON.stringify(summary)).not.toContain(ann.id);
  });

  it("gives a class room its own summary, for members only", async () => {
    const [teacher, student] = readers;
    await before(student!, 0, classRoom);
    await now(student!, -2, classRoom);
    const summary = await mindChanges(SLUG, classRoom, teacher!);
    expect(summary).toMatchObject({ roomId: classRoom, withBefore: 1, against: 1, toward: 0 });
    expect(await myStance(student!, SLUG, classRoom)).toEqual({ before: 0, now: -2 });
    await expect(mindChanges(SLUG, classRoom, outsider)).rejects.toMatchObject({ status: 403 });
    await expect(before(outsider, 1, classRoom)).rejects.toMatchObject({ status: 403 });
    await expect(mindChanges(SLUG, classRoom, null)).rejects.toMatchObject({ status: 401 });
    await expect(mindChanges("no-such-debate", undefined, null)).rejects.toMatchObject({
      status: 404,
    });
  });
});
