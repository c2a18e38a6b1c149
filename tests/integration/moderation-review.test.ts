import { beforeAll, describe, expect, it } from "vitest";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import {
  moderationQueue,
  publicModerationQueue,
  reportEvidence,
  setHidden,
} from "@/lib/moderation";
import { dismissReport, myHiddenEvidence, requestReview } from "@/lib/moderation-review";
import { myContributions } from "@/lib/profile";
import { resolveRoom } from "@/lib/rooms";
import type { Viewer } from "@/lib/session";
import { makeViewers } from "../support/accounts";

let teacher: Viewer, ana: Viewer, ben: Viewer, admin: Viewer;
let classId: string, roomId: string, publicRoomId: string;

const CLAIM = "pif-ai-investment";
const cite = (v: Viewer, room: string, n: string) =>
  addEvidence(v, CLAIM, room, {
    stance: "support",
    url: `https://example.org/review-${n}-${Math.random()}`,
    title: `Source ${n}`,
    quote: "Q",
    explanation: "E",
    sourceType: "news",
  });
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );

beforeAll(async () => {
  const made = await makeViewers(4, "review");
  [teacher, ana, ben] = [made[0]!, made[1]!, made[2]!];
  admin = { ...made[3]!, role: "admin" };
  const klass = await createClass(teacher, { name: "Review class", anonymous: false });
  classId = klass.id;
  roomId = klass.rooms[0]!.id;
  await joinWithCode(ana, klass.joinCode!);
  await joinWithCode(ben, klass.joinCode!);
  publicRoomId = (await resolveRoom("ai-dollar", undefined, null)).id;
});

describe("moderation for people", () => {
  it("shows the author why their item was hidden, takes one review request per hide", async () => {
    const item = await cite(ana, roomId, "hidden");
    await setHidden(teacher, item.id, true, "The quote is not in the source");
    expect(await myHiddenEvidence(ana, roomId, CLAIM)).toEqual([
      expect.objectContaining({
        id: item.id,
        reason: "The quote is not in the source",
        review: null,
      }),
    ]);
    const mine = (await myContributions(ana)).evidence.find((e) => e.id === item.id)!;
    expect(mine.moderation).toEqual({ reason: "The quote is not in the source", review: null });

    expect(await status(requestReview(ben, item.id, "Mine now"))).toBe(403);
    await requestReview(ana, item.id, "It is on page 4");
    expect(await status(requestReview(ana, item.id, "Again"))).toBe(409);
    const queue = await moderationQueue(teacher, classId);
    expect(queue.reviews).toEqual([
      expect.objectContaining({ id: item.id, review: "It is on page 4" }),
    ]);
    expect(queue.log[0]).toMatchObject({ action: "review", reason: "It is on page 4" });

    // Restored and hidden again: a new hide, so a new request is allowed.
    await setHidden(teacher, item.id, false);
    expect(await status(requestReview(ana, item.id, "Not hidden"))).toBe(409);
    expect((await moderationQueue(teacher, classId)).reviews).toEqual([]);
    await setHidden(teacher, item.id, true, "Still not there");
    expect((await myHiddenEvidence(ana, roomId, CLAIM))[0]).toMatchObject({
      reason: "Still not there",
      review: null,
    });
    await requestReview(ana, item.id, "Look at the appendix");
    expect((await moderationQueue(teacher, classId)).reviews).toHaveLength(1);
  });

  it("dismisses a report: it leaves the queue, the item stays, the log says so", async () => {
    const item = await cite(ben, roomId, "reported");
    await reportEvidence(ana, item.id, "I disagree with it");
    const report = (await moderationQueue(teacher, classId)).reports.find(
      (r) => r.evidenceId === item.id,
    )!;
    expect(await status(dismissReport(ana, report.id, ""))).toBe(403);
    await dismissReport(teacher, report.id, "Disagreeing is not abuse");
    const after = await moderationQueue(teacher, classId);
    expect(after.reports.map((r) => r.evidenceId)).not.toContain(item.id);
    expect(after.hidden.map((h) => h.id)).not.toContain(item.id);
    expect(after.log[0]).toMatchObject({ action: "dismiss", reason: "Disagreeing is not abuse" });
    expect(await status(dismissReport(teacher, report.id, ""))).toBe(409);
    expect(await status(dismissReport(teacher, 987654321, ""))).toBe(404);
  });

  it("gives admins the public rooms' queue, and keeps class rooms out of it", async () => {
    const open = await cite(ben, publicRoomId, "public");
    await reportEvidence(ana, open.id, "Spam link");
    const classItem = await cite(ben, roomId, "class-only");
    await reportEvidence(ana, classItem.id, "Spam link");
    expect(await status(publicModerationQueue(teacher))).toBe(403);
    const queue = await publicModerationQueue(admin);
    const reported = queue.reports.map((r) => r.evidenceId);
    expect(reported).toContain(open.id);
    expect(reported).not.toContain(classItem.id);
    // A teacher is not a moderator of the public room; an admin is not one of a class.
    const report = queue.reports.find((r) => r.evidenceId === open.id)!;
    expect(await status(dismissReport(teacher, report.id, ""))).toBe(403);
    const classReport = (await moderationQueue(teacher, classId)).reports.find(
      (r) => r.evidenceId === classItem.id,
    )!;
    expect(await status(dismissReport(admin, classReport.id, ""))).toBe(403);
    await dismissReport(admin, report.id, "");
    expect((await publicModerationQueue(admin)).reports.map((r) => r.evidenceId)).not.toContain(
      open.id,
    );
  });
});
