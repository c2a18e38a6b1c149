import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { rateLimits, replies, replyLog } from "@/db/schema";
import { createAssignment } from "@/lib/assignments/create";
import { classProgress } from "@/lib/assignments/progress";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import { moderationQueue } from "@/lib/moderation";
import { reportReply, setReplyHidden } from "@/lib/replies/moderation";
import { threadFor } from "@/lib/replies/read";
import { deleteReply, editReply, postReply } from "@/lib/replies/write";
import { resolveRoom } from "@/lib/rooms";
import type { Viewer } from "@/lib/session";
import { makeViewers } from "../support/accounts";

let teacher: Viewer, ana: Viewer, ben: Viewer, cai: Viewer, outsider: Viewer;
let classId: string, classRoom: string, publicRoom: string;
const CLAIM = "pif-ai-investment";
const onClaim = { kind: "claim", id: CLAIM } as const;

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );
/** Each test's writers start with a fresh reply budget (the limit has its own test). */
const freshBudget = () => db.delete(rateLimits);

beforeAll(async () => {
  [teacher, ana, ben, cai, outsider] = (await makeViewers(5, "thread")) as unknown as [
    Viewer,
    Viewer,
    Viewer,
    Viewer,
    Viewer,
  ];
  const klass = await createClass(teacher, { name: "Thread class", anonymous: false });
  classId = klass.id;
  classRoom = klass.rooms[0]!.id;
  for (const v of [ana, ben, cai]) await joinWithCode(v, klass.joinCode!);
  publicRoom = (await resolveRoom("ai-dollar", undefined, null)).id;
});

describe("discussion threads", () => {
  it("joins a reply to a reply to its top-level reply (one level of nesting)", async () => {
    await freshBudget();
    const top = await postReply(ana, onClaim, publicRoom, { body: "Is the figure annual?" });
    const second = await postReply(ben, onClaim, publicRoom, { body: "Yes", parentId: top.id });
    const third = await postReply(ana, onClaim, publicRoom, {
      body: "Source?",
      parentId: second.id,
    });
    expect(second.parentId).toBe(top.id);
    expect(third.parentId).toBe(top.id);
    const thread = await threadFor(onClaim, publicRoom, null);
    const shown = thread.replies.find((r) => r.id === top.id)!;
    expect(shown.children.map((c) => [c.body, c.children.length])).toEqual([
      ["Yes", 0],
      ["Source?", 0],
    ]);
    // A parent from another thread is refused, not silently moved.
    const elsewhere = { kind: "claim", id: "thesis" } as const;
    expect(
      await status(postReply(ana, elsewhere, publicRoom, { body: "x", parentId: top.id })),
    ).toBe(400);
  });

  it("lets the author edit for 15 minutes after posting, and no longer", async () => {
    await freshBudget();
    const reply = await postReply(ana, onClaim, publicRoom, { body: "First wording" });
    await editReply(ana, reply.id, "Second wording");
    expect(await status(editReply(ben, reply.id, "Not mine"))).toBe(403);
    // Posted 16 minutes ago: the server refuses, whatever the page still offers.
    await db
      .update(replies)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(replies.id, reply.id));
    expect(await status(editReply(ana, reply.id, "Third wording"))).toBe(409);
    const shown = (await threadFor(onClaim, publicRoom, ana)).replies.find(
      (r) => r.id === reply.id,
    )!;
    expect(shown.body).toBe("Second wording");
    expect(shown.editedAt).not.toBeNull();
    expect(shown.editableUntil).toBeNull();
    const log = await db.select().from(replyLog).where(eq(replyLog.replyId, reply.id));
    expect(log.map((l) => [l.action, l.detail])).toEqual([
      ["post", ""],
      ["edit", "First wording"],
    ]);
  });

  it("leaves 'deleted' in place and keeps the replies under it", async () => {
    await freshBudget();
    const top = await postReply(ana, onClaim, classRoom, { body: "To be deleted" });
    await postReply(ben, onClaim, classRoom, { body: "An answer", parentId: top.id });
    await deleteReply(ana, top.id);
    const shown = (await threadFor(onClaim, classRoom, ben)).replies.find((r) => r.id === top.id)!;
    expect(shown).toMatchObject({ state: "deleted", body: null });
    expect(shown.children.map((c) => c.body)).toEqual(["An answer"]);
    expect(await status(editReply(ana, top.id, "Back"))).toBe(404);
  });

  it("keeps a class room's threads to its members", async () => {
    await freshBudget();
    await postReply(ana, onClaim, classRoom, { body: "Members only" });
    expect(await status(threadFor(onClaim, classRoom, outsider))).toBe(403);
    expect(await status(threadFor(onClaim, classRoom, null))).toBe(401);
    expect(await status(postReply(outsider, onClaim, classRoom, { body: "Let me in" }))).toBe(403);
    const publicThread = await threadFor(onClaim, publicRoom, null);
    expect(JSON.stringify(publicThread)).not.toContain("Members only");
  });

  it("takes one report per person, hides for moderators only, and shows the author why", async () => {
    await freshBudget();
    const reply = await postReply(ben, onClaim, classRoom, { body: "Rude words" });
    await reportReply(ana, reply.id, "Insulting");
    expect(await status(reportReply(ana, reply.id, "Again"))).toBe(409);
    const queued = (await moderationQueue(teacher, classId)).replyReports;
    expect(queued).toEqual([
      expect.objectContaining({ replyId: reply.id, reason: "Insulting", body: "Rude words" }),
    ]);
    expect(queued[0]!.href).toBe(
      `/debates/ai-dollar/claims/${CLAIM}?room=${classRoom}#reply-${reply.id}`,
    );
    expect(await status(setReplyHidden(cai, reply.id, true, "No"))).toBe(403);
    await setReplyHidden(teacher, reply.id, true, "Keep it civil");
    const byId = async (v: Viewer) =>
      (await threadFor(onClaim, classRoom, v)).replies.find((r) => r.id === reply.id);
    expect(await byId(ben)).toMatchObject({
      state: "hidden",
      body: "Rude words",
      hiddenReason: "Keep it civil",
    });
    expect(await byId(ana)).toBeUndefined();
    expect((await moderationQueue(teacher, classId)).replyReports).toEqual([]);
    expect(await status(editReply(ben, reply.id, "Sorry"))).toBe(409);
    await setReplyHidden(teacher, reply.id, false);
    expect(await byId(ana)).toMatchObject({ state: "visible", body: "Rude words" });
    const log = await db.select().from(replyLog).where(eq(replyLog.replyId, reply.id));
    expect(log.map((l) => l.action)).toEqual(["post", "report", "hide", "restore"]);
  });

  it("refuses a sixth reply within a minute with 429 and a wait", async () => {
    await freshBudget();
    for (let i = 0; i < 5; i++) await postReply(cai, onClaim, publicRoom, { body: `Point ${i}` });
    const refused = await postReply(cai, onClaim, publicRoom, { body: "One more" }).catch(
      (e: { status: number; retryAfterSeconds: number }) => e,
    );
    expect(refused).toMatchObject({ status: 429 });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    const thread = await threadFor(onClaim, publicRoom, null);
    expect(thread.replies.filter((r) => r.body === "One more")).toEqual([]);
  });

  it("threads an evidence item in its own room and counts replies in class progress", async () => {
    await freshBudget();
    const item = await addEvidence(ana, CLAIM, classRoom, {
      stance: "support",
      url: `https://example.org/thread-${Math.random()}`,
      title: "A report",
      quote: "Q",
      explanation: "E",
      sourceType: "news",
    });
    const assignment = await createAssignment(teacher, classId, {
      title: "Discuss",
      instructions: "",
      debate: "ai-dollar",
      dueAt: "2030-01-01T12:00:00Z",
      timeZone: "UTC",
      targetClaimIds: [CLAIM],
      sideMode: "whole-class",
      wholeClassSide: null,
      sides: {},
      minEvidence: 0,
      minClaimVotes: 0,
      minEvidenceRatings: 0,
      minReplies: 2,
      maxPoints: 10,
      confirmPastDue: false,
    });
    const progressOf = async (v: Viewer) =>
      (await classProgress(teacher, classId))
        .find((a) => a.id === assignment.id)!
        .students.find((s) => s.id === v.id)!.progress;
    const before = (await progressOf(cai)).counts.replies;
    const onItem = { kind: "evidence", id: item.id } as const;
    await postReply(cai, onItem, undefined, { body: "Which page?" });
    await postReply(cai, onClaim, classRoom, { body: "I agree" });
    const after = await progressOf(cai);
    expect(after.counts.replies).toBe(before + 2);
    expect(after.complete).toBe(true);
    expect((await threadFor(onItem, undefined, ben)).replies.map((r) => r.body)).toEqual([
      "Which page?",
    ]);
  });
});
