import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";
import { createAssignment } from "@/lib/assignments/create";
import { giveFeedback, releaseGrades } from "@/lib/assignments/grades";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import { setHidden } from "@/lib/moderation";
import { notify } from "@/lib/notifications/notify";
import { listNotifications, markRead, unreadCount } from "@/lib/notifications/read";
import { setReplyHidden } from "@/lib/replies/moderation";
import { proposeClaim } from "@/lib/proposals/propose";
import { postReply } from "@/lib/replies/write";
import { resolveRoom } from "@/lib/rooms";
import type { Viewer } from "@/lib/session";
import { makeViewers } from "../support/accounts";

let teacher: Viewer, ana: Viewer, ben: Viewer, cai: Viewer;
let publicRoom: string, anonymousRoom: string, anonymousClass: string;
const CLAIM = "pif-ai-investment";
const onClaim = { kind: "claim", id: CLAIM } as const;

const cite = (v: Viewer, room: string, stance: "support" | "rebut", title = "Source") =>
  addEvidence(v, CLAIM, room, {
    stance,
    url: `https://example.org/notify-${Math.random()}`,
    title,
    quote: "Q",
    explanation: "E",
    sourceType: "news",
  });
/** What a person was told since `after` (their newest first), as [kind, actor]. */
const told = async (v: Viewer) =>
  (await listNotifications(v)).map((n) => [n.kind, n.actor] as const);

beforeAll(async () => {
  [teacher, ana, ben, cai] = (await makeViewers(4, "notify")) as unknown as [
    Viewer,
    Viewer,
    Viewer,
    Viewer,
  ];
  publicRoom = (await resolveRoom("ai-dollar", undefined, null)).id;
  const klass = await createClass(teacher, { name: "Anonymous class", anonymous: true });
  anonymousClass = klass.id;
  anonymousRoom = klass.rooms[0]!.id;
  for (const v of [ana, ben]) await joinWithCode(v, klass.joinCode!);
});

beforeEach(async () => {
  await db.delete(rateLimits);
  for (const v of [teacher, ana, ben, cai]) await markRead(v, "all");
});

describe("notifications", () => {
  it("tells whoever was answered and the top-level author, never the one who replied", async () => {
    const before = await Promise.all([ana, ben, cai].map((v) => listNotifications(v)));
    const top = await postReply(ana, onClaim, publicRoom, { body: "Top" });
    await postReply(ana, onClaim, publicRoom, { body: "Myself", parentId: top.id });
    expect(await unreadCount(ana)).toBe(0);
    const second = await postReply(ben, onClaim, publicRoom, { body: "Ben", parentId: top.id });
    expect(await unreadCount(ana)).toBe(1);
    await postReply(cai, onClaim, publicRoom, { body: "Cai", parentId: second.id });
    expect(await unreadCount(ben)).toBe(1);
    expect(await unreadCount(ana)).toBe(2);
    expect(await unreadCount(cai)).toBe(0);
    const [latest] = await listNotifications(ana);
    expect(latest).toMatchObject({ kind: "reply", actor: cai.name, read: false });
    expect(latest!.href).toMatch(
      new RegExp(`^/debates/ai-dollar/claims/${CLAIM}#reply-[0-9a-f-]{36}$`),
    );
    expect((await listNotifications(cai)).length).toBe(before[2]!.length);
  });

  it("tells an evidence author of a reply on it and of evidence on the other side", async () => {
    const item = await cite(ana, publicRoom, "support", "Ana's source");
    await postReply(ben, { kind: "evidence", id: item.id }, undefined, { body: "Which page?" });
    expect((await told(ana))[0]).toEqual(["reply", ben.name]);
    // Ana answering on her own claim's other side tells no one of her own action.
    await cite(ana, publicRoom, "rebut");
    expect(await unreadCount(ana)).toBe(1);
    await cite(cai, publicRoom, "rebut", "Cai's rebuttal");
    expect((await told(ana))[0]).toEqual(["rebuttal", cai.name]);
    expect((await listNotifications(ana))[0]!.subject).toBe("Cai's rebuttal");
    // Supporting evidence answers the rebuttals: Cai (and Ana, for her own rebuttal) hear of it.
    await cite(ben, publicRoom, "support");
    expect((await told(cai))[0]).toEqual(["rebuttal", ben.name]);
  });

  it("tells a claim's proposer when someone proposes a claim under it, never themself", async () => {
    const proposal = (text: string) =>
      ({ relation: "supports", kind: "predictive", textZh: "", textEn: text }) as const;
    const mine = await proposeClaim(ana, CLAIM, publicRoom, proposal("Ana's reason"));
    // Under the essay's own claims there is no one to tell; under her own, Ana is not told.
    await proposeClaim(ana, mine.id, publicRoom, proposal("Ana again"));
    expect(await unreadCount(ana)).toBe(0);
    const under = await proposeClaim(cai, mine.id, publicRoom, proposal("Cai's objection"));
    const [latest] = await listNotifications(ana);
    expect(latest).toMatchObject({ kind: "claim-proposed", actor: cai.name, read: false });
    expect(latest!.subject).toBe("Ana's reason");
    expect(latest!.href).toBe(`/debates/ai-dollar/claims/${under.id}`);
  });

  it("tells the author when a moderator hides their item, with the reason", async () => {
    const item = await cite(ben, anonymousRoom, "support", "Ben's source");
    await setHidden(teacher, item.id, true, "Not in the source");
    const reply = await postReply(ben, onClaim, anonymousRoom, { body: "Rude" });
    await setReplyHidden(teacher, reply.id, true, "Be kind");
    const list = await listNotifications(ben);
    expect(list.slice(0, 2).map((n) => [n.kind, n.reason, n.subject])).toEqual([
      ["hidden", "Be kind", "Rude"],
      ["hidden", "Not in the source", "Ben's source"],
    ]);
    expect(list[1]!.href).toContain(`?room=${anonymousRoom}#your-hidden`);
  });

  it("names classmates by pseudonym in an anonymous class", async () => {
    const top = await postReply(ana, onClaim, anonymousRoom, { body: "Ana in class" });
    await postReply(ben, onClaim, anonymousRoom, { body: "Ben in class", parentId: top.id });
    const [latest] = await listNotifications(ana);
    expect(latest!.kind).toBe("reply");
    expect(latest!.actor).not.toBe(ben.name);
    expect(latest!.actor).toBeTruthy();
  });

  it("tells each graded student once, when feedback is released", async () => {
    const a = await createAssignment(teacher, anonymousClass, {
      title: "Graded work",
      instructions: "",
      debate: "ai-dollar",
      dueAt: "2030-01-01T12:00:00Z",
      timeZone: "UTC",
      targetClaimIds: [],
      sideMode: "whole-class",
      wholeClassSide: null,
      sides: {},
      minEvidence: 1,
      minClaimVotes: 0,
      minEvidenceRatings: 0,
      minReplies: 0,
      maxPoints: 10,
      confirmPastDue: false,
    });
    await giveFeedback(teacher, a.id, { studentId: ana.id, comment: "Good", points: 8 });
    await releaseGrades(teacher, a.id);
    await releaseGrades(teacher, a.id);
    expect((await listNotifications(ana)).filter((n) => n.subject === "Graded work")).toEqual([
      expect.objectContaining({ kind: "feedback-released", href: `/classes/${anonymousClass}` }),
    ]);
    expect(await unreadCount(ben)).toBe(0);
  });

  it("marks one or all read, only one's own", async () => {
    await notify(db, [
      { userId: cai.id, kind: "claim-proposed", actorId: ana.id, href: "/x", subject: "One" },
      { userId: cai.id, kind: "reply", actorId: ana.id, href: "/y", subject: "Two" },
      { userId: cai.id, kind: "reply", actorId: cai.id, href: "/z", subject: "Own" },
    ]);
    expect(await unreadCount(cai)).toBe(2);
    const [newest] = await listNotifications(cai);
    await markRead(ben, [newest!.id]);
    expect(await unreadCount(cai)).toBe(2);
    await markRead(cai, [newest!.id]);
    expect(await unreadCount(cai)).toBe(1);
    await markRead(cai, "all");
    expect(await unreadCount(cai)).toBe(0);
  });
});
