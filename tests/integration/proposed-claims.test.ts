import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claimRevisions, claimVotes, moderationLog } from "@/db/schema";
import { claimDetail } from "@/lib/claims";
import { createClass, joinWithCode } from "@/lib/classes";
import { getDebate } from "@/lib/debates";
import { addEvidence } from "@/lib/evidence";
import { PROPOSALS_PER_HOUR } from "@/lib/limits";
import { acceptTranslation, editClaim, suggestTranslation } from "@/lib/proposals/edit";
import { mergeClaim, moveClaim, setClaimHidden } from "@/lib/proposals/moderate";
import { proposeClaim, similarUnder } from "@/lib/proposals/propose";
import type { Viewer } from "@/lib/session";
import { compareRoom } from "@/lib/tally/recompute";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

let teacher: Viewer, ana: Viewer, ben: Viewer, cleo: Viewer, admin: Viewer;
let classRoom: string;
const PARENT = "pif-ai-investment";

const proposal = (textEn: string, textZh = "", relation: "supports" | "opposes" = "opposes") => ({
  textEn,
  textZh,
  relation,
  kind: "factual" as const,
});
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );
const score = async (roomId: string, claimId: string) =>
  (await claimDetail(claimId, roomId, teacher)).tally!.score;

beforeAll(async () => {
  const made = await makeViewers(5, "propose");
  [teacher, ana, ben, cleo] = [made[0]!, made[1]!, made[2]!, made[3]!];
  admin = { ...made[4]!, role: "admin" };
  const klass = await createClass(teacher, { name: "Proposals", anonymous: true });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(ana, klass.joinCode!);
  await joinWithCode(ben, klass.joinCode!);
});

describe("proposing a claim", () => {
  it("enters the tree at once, moves no score, and names its proposer (pseudonym in class)", async () => {
    const thesisBefore = (await getDebate("ai-dollar", {
      roomId: classRoom,
      viewer: ben,
    }))!.claims.find((c) => c.parentId === null)!.tally.score;
    const { id } = await proposeClaim(ana, PARENT, classRoom, proposal("The fund may not deliver"));
    const seenByBen = (await getDebate("ai-dollar", { roomId: classRoom, viewer: ben }))!;
    const mine = seenByBen.claims.find((c) => c.id === id)!;
    expect(mine.parentId).toBe(PARENT);
    expect(mine.tally.score).toBe(50);
    expect(mine.proposedBy?.name).not.toBe(ana.name); // a pseudonym for a classmate
    expect(mine.proposedBy?.id).not.toBe(ana.id);
    expect(seenByBen.claims.find((c) => c.id === PARENT)!.proposedBy).toBeNull();
    expect(seenByBen.claims.find((c) => c.parentId === null)!.tally.score).toBe(thesisBefore);
    // The teacher sees the real name; the public room and other classes do not see it at all.
    const forTeacher = (await getDebate("ai-dollar", { roomId: classRoom, viewer: teacher }))!;
    expect(forTeacher.claims.find((c) => c.id === id)!.proposedBy?.name).toBe(ana.name);
    expect((await getDebate("ai-dollar"))!.claims.some((c) => c.id === id)).toBe(false);
    expect(await status(voteOnClaim(cleo, id, undefined, { agreement: 1 }))).toBe(404);
    // The public room's "why this score?" names none of the class's claims.
    const publicWhy = (await claimDetail(PARENT, undefined, null)).tally!.breakdown;
    expect(publicWhy.contributions.some((c) => c.id === id)).toBe(false);
    expect(await compareRoom(db, classRoom)).toEqual([]);
  });

  it("answers with the claim as a read of it right after shows it, in either room", async () => {
    for (const roomId of [undefined, classRoom]) {
      const { id, roomId: room } = await proposeClaim(ben, PARENT, roomId, proposal("Just made"));
      const answered = await claimDetail(id, room, ben, { justProposed: true });
      expect(answered).toEqual(await claimDetail(id, room, ben));
      expect(answered.editable).toBe(true);
      expect(answered.tally!.score).toBe(50);
    }
  });

  it("refuses outsiders of a class room and checks an anchor verbatim", async () => {
    expect(await status(proposeClaim(cleo, PARENT, classRoom, proposal("Outsider")))).toBe(403);
    const debate = (await getDebate("ai-dollar"))!;
    const paragraph = debate.paragraphs.find((p) => p.kind === "body")!;
    const wrong = {
      ...proposal("Anchored"),
      anchorParagraphId: paragraph.id,
      anchorQuote: "不在文中的話",
    };
    expect(await status(proposeClaim(cleo, PARENT, undefined, wrong))).toBe(400);
    const right = { ...wrong, anchorQuote: paragraph.zh.slice(0, 8) };
    const { id } = await proposeClaim(cleo, PARENT, undefined, right);
    expect((await claimDetail(id, undefined, null)).claim.anchor?.quote).toBe(right.anchorQuote);
  });

  it("shows similar claims under the same parent in either language", async () => {
    await proposeClaim(ben, PARENT, classRoom, proposal("Saudi money will build data centres"));
    const similar = await similarUnder(ana, PARENT, classRoom, {
      textEn: "Saudi money will build many data centres",
      textZh: "",
    });
    expect(similar[0]?.textEn).toBe("Saudi money will build data centres");
    expect(
      await similarUnder(cleo, PARENT, undefined, {
        textEn: "Saudi money will build data centres",
        textZh: "",
      }),
    ).toEqual([]);
  });

  it("limits proposals per account per hour with a 429 and Retry-After", async () => {
    const [flooder] = await makeViewers(1, "flood");
    for (let i = 0; i < PROPOSALS_PER_HOUR; i++)
      await proposeClaim(flooder!, PARENT, undefined, proposal(`Flood ${i}`));
    const refused = await proposeClaim(flooder!, PARENT, undefined, proposal("One more")).catch(
      (e) => e,
    );
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(3000);
  });
});

describe("editing", () => {
  it("lets the author edit until someone votes, then refuses (409); translations still land", async () => {
    const { id } = await proposeClaim(ana, PARENT, classRoom, proposal("Draft wording"));
    expect(await status(editClaim(ben, id, { textEn: "Hijacked" }))).toBe(403);
    await editClaim(ana, id, { textEn: "Better wording" });
    expect((await claimDetail(id, classRoom, ana)).claim.textEn).toBe("Better wording");
    await voteOnClaim(ben, id, classRoom, { agreement: 1 });
    expect((await claimDetail(id, classRoom, ana)).editable).toBe(false);
    expect(await status(editClaim(ana, id, { textEn: "Changed after the vote" }))).toBe(409);
    const { id: suggestion } = await suggestTranslation(ben, id, {
      lang: "zh",
      text: "更好的說法",
    });
    expect(await status(acceptTranslation(ben, suggestion))).toBe(403);
    await acceptTranslation(ana, suggestion);
    const detail = await claimDetail(id, classRoom, ana);
    expect(detail.claim.textZh).toBe("更好的說法");
    expect(detail.claim.textEn).toBe("Better wording");
    const history = await db.select().from(claimRevisions).where(eq(claimRevisions.claimId, id));
    expect(history.map((h) => [h.action, JSON.parse(h.before).textEn])).toEqual([
      ["edit", "Draft wording"],
      ["translate", "Better wording"],
    ]);
  });
});

describe("moderation", () => {
  it("lets only the room's moderators hide and restore; hidden claims leave tree and tally", async () => {
    const { id } = await proposeClaim(
      ana,
      PARENT,
      classRoom,
      proposal("To be hidden", "", "supports"),
    );
    await voteOnClaim(ben, id, classRoom, { agreement: 2, impact: 4 });
    const withVote = await score(classRoom, PARENT);
    expect(await status(setClaimHidden(ben, id, true))).toBe(403);
    expect(await status(setClaimHidden(admin, id, true))).toBe(403); // not the class's teacher
    await setClaimHidden(teacher, id, true, "Off topic");
    const debate = (await getDebate("ai-dollar", { roomId: classRoom, viewer: ben }))!;
    expect(debate.claims.some((c) => c.id === id)).toBe(false);
    expect(await score(classRoom, PARENT)).not.toBe(withVote);
    expect(await compareRoom(db, classRoom)).toEqual([]);
    await setClaimHidden(teacher, id, false);
    expect(await score(classRoom, PARENT)).toBe(withVote);
    const log = await db.select().from(moderationLog).where(eq(moderationLog.claimId, id));
    expect(log.map((l) => [l.action, l.reason])).toEqual([
      ["hide", "Off topic"],
      ["restore", ""],
    ]);
  });

  it("moves a claim under another parent but never into its own branch", async () => {
    const { id: parent } = await proposeClaim(ana, PARENT, classRoom, proposal("Branch top"));
    const { id: child } = await proposeClaim(ben, parent, classRoom, proposal("Branch child"));
    expect(await status(moveClaim(teacher, parent, { parentId: child, reason: "" }))).toBe(400);
    expect(await status(moveClaim(teacher, parent, { parentId: parent, reason: "" }))).toBe(400);
    expect(await status(moveClaim(ana, child, { parentId: PARENT, reason: "" }))).toBe(403);
    await moveClaim(teacher, child, {
      parentId: PARENT,
      relation: "supports",
      reason: "Belongs higher",
    });
    const moved = (await getDebate("ai-dollar", {
      roomId: classRoom,
      viewer: teacher,
    }))!.claims.find((c) => c.id === child)!;
    expect([moved.parentId, moved.relation]).toEqual([PARENT, "supports"]);
    expect(await compareRoom(db, classRoom)).toEqual([]);
  });

  it("merges duplicates: evidence and votes move, one vote per person (the survivor's kept)", async () => {
    const { id: survivor } = await proposeClaim(
      ana,
      PARENT,
      classRoom,
      proposal("Dup one", "", "supports"),
    );
    const { id: duplicate } = await proposeClaim(
      ben,
      PARENT,
      classRoom,
      proposal("Dup one!", "", "supports"),
    );
    const { id: under } = await proposeClaim(ana, duplicate, classRoom, proposal("Under the dup"));
    await voteOnClaim(ana, survivor, classRoom, { agreement: 2 });
    await voteOnClaim(ana, duplicate, classRoom, { agreement: -2 });
    await voteOnClaim(ben, duplicate, classRoom, { agreement: 1, impact: 3 });
    await addEvidence(teacher, duplicate, classRoom, {
      stance: "support",
      url: "https://example.org/dup",
      title: "Source",
      quote: "Q",
      explanation: "E",
      sourceType: "news",
    });
    expect(await status(mergeClaim(ana, duplicate, { survivorId: survivor, reason: "" }))).toBe(
      403,
    );
    expect(await status(mergeClaim(teacher, duplicate, { survivorId: under, reason: "" }))).toBe(
      400,
    );
    await mergeClaim(teacher, duplicate, { survivorId: survivor, reason: "Same claim" });
    const votes = await db.select().from(claimVotes).where(eq(claimVotes.claimId, survivor));
    expect(Object.fromEntries(votes.map((v) => [v.userId, v.agreement]))).toEqual({
      [ana.id]: 2,
      [ben.id]: 1,
    });
    const detail = await claimDetail(survivor, classRoom, teacher);
    expect(detail.evidence.map((e) => e.title)).toEqual(["Source"]);
    const tree = (await getDebate("ai-dollar", { roomId: classRoom, viewer: teacher }))!.claims;
    expect(tree.some((c) => c.id === duplicate)).toBe(false);
    expect(tree.find((c) => c.id === under)!.parentId).toBe(survivor);
    expect((await claimDetail(duplicate, classRoom, teacher)).claim.retired).toMatchObject({
      successors: [expect.objectContaining({ id: survivor })],
    });
    expect(await compareRoom(db, classRoom)).toEqual([]);
    // The incremental path agrees afterwards too.
    await voteOnClaim(ben, survivor, classRoom, { agreement: -1 });
    expect(await compareRoom(db, classRoom)).toEqual([]);
  });

  it("keeps the essay's own claims out of reach of claim moderation", async () => {
    expect(await status(setClaimHidden(admin, PARENT, true))).toBe(403);
  });
});
