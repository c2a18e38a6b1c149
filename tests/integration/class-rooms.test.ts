import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { tallies } from "@/db/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence, listEvidence } from "@/lib/evidence";
import { moderationQueue, reportEvidence, setHidden } from "@/lib/moderation";
import type { Viewer } from "@/lib/session";
import { compareRoom } from "@/lib/tally/recompute";
import { makeViewers } from "../support/accounts";

let teacher: Viewer, ana: Viewer, ben: Viewer;
let roomId: string;

const cite = (v: Viewer, n: string) =>
  addEvidence(v, "pif-ai-investment", roomId, {
    stance: "support",
    url: `https://example.org/${n}`,
    title: `Source ${n}`,
    quote: "Q",
    explanation: "E",
    sourceType: "news",
  });
const score = async () =>
  (
    await db
      .select()
      .from(tallies)
      .where(and(eq(tallies.roomId, roomId), eq(tallies.claimId, "pif-ai-investment")))
  )[0]?.score ?? 50;

beforeAll(async () => {
  const made = await makeViewers(3, "room");
  [teacher, ana, ben] = [made[0]!, made[1]!, made[2]!];
  const klass = await createClass(teacher, { name: "Anonymous class", anonymous: true });
  roomId = klass.rooms[0]!.id;
  await joinWithCode(ana, klass.joinCode!);
  await joinWithCode(ben, klass.joinCode!);
});

describe("a class room", () => {
  it("keeps its tally apart from the public room", async () => {
    await cite(ana, "apart");
    expect(await score()).toBeGreaterThan(50);
    const [publicRow] = await db
      .select()
      .from(tallies)
      .where(and(eq(tallies.roomId, "ai-dollar-public"), eq(tallies.claimId, "pif-ai-investment")));
    expect(publicRow?.score ?? 50).toBe(50);
  });

  it("shows classmates under stable pseudonyms and teachers real names", async () => {
    await cite(ben, "pseudonym");
    const seenByAna = (await listEvidence("ai-dollar", "pif-ai-investment", roomId, ana)).find(
      (e) => e.title === "Source pseudonym",
    )!;
    const seenAgain = (await listEvidence("ai-dollar", "pif-ai-investment", roomId, ana)).find(
      (e) => e.title === "Source pseudonym",
    )!;
    const seenByTeacher = (
      await listEvidence("ai-dollar", "pif-ai-investment", roomId, teacher)
    ).find((e) => e.title === "Source pseudonym")!;
    expect(seenByAna.author.name).not.toBe(ben.name);
    expect(seenByAna.author.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/);
    expect(seenAgain.author.name).toBe(seenByAna.author.name);
    expect(seenByTeacher.author.name).toBe(ben.name);
  });

  it("drops hidden evidence from the tally and brings it back on restore, logging each action", async () => {
    const item = await cite(ben, "moderated");
    const before = await score();
    await reportEvidence(ana, item.id, "Not a real source");
    expect(
      (
        await moderationQueue(
          teacher,
          (await db.query.rooms.findFirst({ where: (r, { eq }) => eq(r.id, roomId) }))!.classId!,
        )
      ).reports,
    ).toHaveLength(1);
    await setHidden(teacher, item.id, true, "Not a real source");
    expect(await score()).toBeLessThan(before);
    expect(
      (await listEvidence("ai-dollar", "pif-ai-investment", roomId, ana)).map((e) => e.id),
    ).not.toContain(item.id);
    expect(await compareRoom(db, roomId)).toEqual([]);
    await setHidden(teacher, item.id, false);
    expect(await score()).toBe(before);
    expect(await compareRoom(db, roomId)).toEqual([]);
    const classId = (await db.query.rooms.findFirst({ where: (r, { eq }) => eq(r.id, roomId) }))!
      .classId!;
    expect((await moderationQueue(teacher, classId)).log.map((l) => l.action)).toEqual([
      "restore",
      "hide",
      "report",
    ]);
  });
});
