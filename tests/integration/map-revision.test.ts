import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import {
  assignments,
  claimFactChecks,
  claimSuccessors,
  claimVotes,
  claims,
  debates,
  evidence,
  evidenceVotes,
  raterBalances,
  rooms,
  tallies,
} from "@/db/schema";
import { seed } from "@/db/seed/seed";
import { createAssignment } from "@/lib/assignments/create";
import { claimDetail } from "@/lib/claims";
import { createClass, joinWithCode } from "@/lib/classes";
import { checkDatabase } from "@/lib/db-check";
import { getDebate } from "@/lib/debates";
import { addEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { compareRoom } from "@/lib/tally/recompute";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";
import { fixtureV1, fixtureV2, revisionV2 } from "../support/revision-fixture";

const slug = fixtureV1.slug;
const publicRoom = `${slug}-public`;
let teacher: Viewer, ana: Viewer, ben: Viewer, cai: Viewer, dee: Viewer;
let classRoom: string;
let assignmentId: string;
const evidenceIds: string[] = [];

// Votes are "latest kept" by their time of change: leave a tick between them.
const tick = () => new Promise((r) => setTimeout(r, 5));
const vote = async (v: Viewer, claimId: string, room: string, agreement: number) => {
  await voteOnClaim(v, claimId, room, { agreement, impact: 2 });
  await tick();
};
const cite = async (v: Viewer, claimId: string, room: string, url: string) => {
  const item = await addEvidence(v, claimId, room, {
    stance: "support",
    url,
    title: `On ${claimId}`,
    quote: "Q",
    explanation: "E",
    sourceType: "news",
  });
  evidenceIds.push(item.id);
  return item.id;
};
const votesOf = (room: string, userId: string) =>
  db
    .select({ claimId: claimVotes.claimId, agreement: claimVotes.agreement })
    .from(claimVotes)
    .where(and(eq(claimVotes.roomId, room), eq(claimVotes.userId, userId)))
    .orderBy(claimVotes.claimId);
const debateRooms = () =>
  db.select({ id: rooms.id, revision: rooms.revision }).from(rooms).where(eq(rooms.debateId, slug));
/** Everything the revision may touch, to prove a second run changes nothing. */
const snapshot = async () => ({
  debate: await db.select().from(debates).where(eq(debates.id, slug)),
  claims: await db.select().from(claims).where(eq(claims.debateId, slug)).orderBy(claims.id),
  successors: await db.select().from(claimSuccessors).orderBy(claimSuccessors.claimId),
  evidence: await db.select().from(evidence).orderBy(evidence.id),
  claimVotes: await db.select().from(claimVotes).orderBy(claimVotes.claimId, claimVotes.userId),
  evidenceVotes: await db.select().from(evidenceVotes).orderBy(evidenceVotes.evidenceId),
  tallies: await db.select().from(tallies).orderBy(tallies.roomId, tallies.claimId),
  balances: await db.select().from(raterBalances).orderBy(raterBalances.claimId),
  rooms: await debateRooms(),
  assignments: await db.select().from(assignments).orderBy(assignments.id),
  checks: await db.select().from(claimFactChecks).orderBy(claimFactChecks.claimId),
});

let before: Awaited<ReturnType<typeof snapshot>>;
let afterRefusal: typeof before;
let refusal: unknown;
let ratingIds: string[];

beforeAll(async () => {
  await seed(db, [fixtureV1]);
  const made = await makeViewers(5, "revision");
  [teacher, ana, ben, cai, dee] = [made[0]!, made[1]!, made[2]!, made[3]!, made[4]!];
  const klass = await createClass(teacher!, { name: "Revision class", anonymous: false });
  classRoom = klass.rooms.find((r) => r.debateId === slug)!.id;
  for (const v of [ana, ben, cai, dee]) await joinWithCode(v!, klass.joinCode!);

  // The public room: Ana cites the same source on a and b, Ben cites on b, Cai on e.
  await cite(ana!, "rf-a", publicRoom, "https://example.org/same");
  await cite(ana!, "rf-b", publicRoom, "https://example.org/same");
  const bensOnB = await cite(ben!, "rf-b", publicRoom, "https://example.org/ben");
  await cite(cai!, "rf-e", publicRoom, "https://example.org/cai");
  await rateEvidence(cai!, bensOnB, 5);
  await rateEvidence(dee!, evidenceIds[0]!, 1);
  // Ana votes on a, then later on b: the later vote (on b) is the one kept on a.
  await vote(ana!, "rf-a", publicRoom, 1);
  await vote(ana!, "rf-b", publicRoom, -2);
  // Ben votes on b only; Cai votes on b, then later on a; Dee votes on the retired e.
  await vote(ben!, "rf-b", publicRoom, 2);
  await vote(cai!, "rf-b", publicRoom, -1);
  await vote(cai!, "rf-a", publicRoom, 2);
  await vote(dee!, "rf-e", publicRoom, 1);
  // The class room: Ana votes on b then a, Ben on a then b; evidence on b and e.
  await vote(ana!, "rf-b", classRoom, 2);
  await vote(ana!, "rf-a", classRoom, -1);
  await vote(ben!, "rf-a", classRoom, 1);
  await vote(ben!, "rf-b", classRoom, -2);
  await cite(ben!, "rf-b", classRoom, "https://example.org/class-b");
  await cite(dee!, "rf-e", classRoom, "https://example.org/class-e");
  const assignment = await createAssignment(teacher!, klass.id, {
    title: "Argue the branch",
    instructions: "",
    debate: slug,
    dueAt: "2026-12-31T12:00:00Z",
    timeZone: "UTC",
    targetClaimIds: ["rf-b", "rf-e", "rf-c", "rf-thesis"],
    sideMode: "whole-class",
    wholeClassSide: "support",
    sides: {},
    minEvidence: 1,
    minClaimVotes: 0,
    minEvidenceRatings: 0,
    minReplies: 0,
    maxPoints: 100,
    confirmPastDue: false,
  });
  assignmentId = assignment.id;
  ratingIds = (await db.select().from(evidenceVotes)).map((r) => `${r.evidenceId}/${r.userId}`);

  before = await snapshot();
  // A revision that forgets what became of a claim is refused whole, before the real one.
  const forgetful = { ...revisionV2, retired: {} };
  refusal = await seed(db, [{ ...fixtureV2, revisions: [forgetful] }]).catch((e: Error) => e);
  afterRefusal = await snapshot();
  expect(await seed(db, [fixtureV2])).toEqual([{ slug, from: 1, to: 2 }]);
});

describe("revising a published map", () => {
  it("refuses a revision that leaves a claim unaccounted for, writing nothing", () => {
    expect(String(refusal)).toContain("claim rf-e is neither in the new map nor merged or retired");
    expect(afterRefusal).toEqual(before);
  });

  it("records the new version and keeps every surviving claim id", async () => {
    const [debate] = await db.select().from(debates).where(eq(debates.id, slug));
    expect(debate!.mapVersion).toBe(2);
    const view = (await getDebate(slug))!;
    expect(view.claims.map((c) => c.id).sort()).toEqual(
      ["rf-a", "rf-c", "rf-c2", "rf-d", "rf-d-second", "rf-thesis"].sort(),
    );
    // The split kept d's id on its first part, with the new wording and place.
    expect(view.claims.find((c) => c.id === "rf-d")!.parentId).toBe("rf-a");
    expect(view.claims.find((c) => c.id === "rf-a")!.textEn).toBe("Claim a, with b merged in");
  });

  it("marks merged and retired claims revised, with links to their successors", async () => {
    const links = await db
      .select()
      .from(claimSuccessors)
      .where(inArray(claimSuccessors.claimId, ["rf-b", "rf-e"]));
    expect(links.map((l) => `${l.claimId}→${l.successorId}`).sort()).toEqual([
      "rf-b→rf-a",
      "rf-e→rf-c2",
      "rf-e→rf-d",
    ]);
    const retired = await db
      .select()
      .from(claims)
      .where(inArray(claims.id, ["rf-b", "rf-e"]));
    expect(retired.every((c) => c.retiredAt !== null)).toBe(true);
  });

  it("loses no evidence: every item stays, and each is listed on a claim page", async () => {
    const after = await db.select().from(evidence);
    expect(after.map((e) => e.id).sort()).toEqual([...evidenceIds].sort());
    const listed = new Set<string>();
    for (const room of [publicRoom, classRoom])
      for (const id of [
        "rf-thesis",
        "rf-a",
        "rf-b",
        "rf-c",
        "rf-c2",
        "rf-d",
        "rf-d-second",
        "rf-e",
      ]) {
        const detail = await claimDetail(id, room, teacher);
        for (const e of detail.evidence) listed.add(e.id);
      }
    expect([...listed].sort()).toEqual([...evidenceIds].sort());
    // Ben's item moved from b to a; Ana's second citation of the same source stays on b.
    const byClaim = (id: string) =>
      after.filter((e) => e.claimId === id && e.roomId === publicRoom);
    expect(
      byClaim("rf-a")
        .map((e) => e.url)
        .sort(),
    ).toEqual(["https://example.org/ben", "https://example.org/same"]);
    expect(byClaim("rf-b").map((e) => e.url)).toEqual(["https://example.org/same"]);
    expect(byClaim("rf-e").map((e) => e.url)).toEqual(["https://example.org/cai"]);
    // Ratings stay on their evidence.
    const ratings = (await db.select().from(evidenceVotes)).map(
      (r) => `${r.evidenceId}/${r.userId}`,
    );
    expect(ratings.sort()).toEqual([...ratingIds].sort());
  });

  it("keeps one vote per person and room on the survivor: the latest", async () => {
    expect(await votesOf(publicRoom, ana!.id)).toEqual([{ claimId: "rf-a", agreement: -2 }]);
    expect(await votesOf(publicRoom, ben!.id)).toEqual([{ claimId: "rf-a", agreement: 2 }]);
    expect(await votesOf(publicRoom, cai!.id)).toEqual([{ claimId: "rf-a", agreement: 2 }]);
    expect(await votesOf(publicRoom, dee!.id)).toEqual([{ claimId: "rf-e", agreement: 1 }]);
    expect(await votesOf(classRoom, ana!.id)).toEqual([{ claimId: "rf-a", agreement: -1 }]);
    expect(await votesOf(classRoom, ben!.id)).toEqual([{ claimId: "rf-a", agreement: -2 }]);
    // Every person who voted on a or b in a room still has exactly one vote there.
    const voters = (rows: typeof before.claimVotes) =>
      new Set(
        rows
          .filter((v) => ["rf-a", "rf-b"].includes(v.claimId))
          .map((v) => `${v.roomId}/${v.userId}`),
      );
    const after = await db.select().from(claimVotes);
    expect(voters(after)).toEqual(voters(before.claimVotes));
    expect(after.filter((v) => v.claimId === "rf-b")).toEqual([]);
  });

  it("aims assignments at the successors of retired claims", async () => {
    const [row] = await db.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(JSON.parse(row!.targetClaimIds)).toEqual(["rf-a", "rf-d", "rf-c2", "rf-c", "rf-thesis"]);
  });

  it("recomputes every room's tallies under a new revision, and db:check passes", async () => {
    const revisions = new Map(before.rooms.map((r) => [r.id, r.revision]));
    for (const room of await debateRooms()) {
      expect(room.revision).toBeGreaterThan(revisions.get(room.id)!);
      expect(await compareRoom(db, room.id)).toEqual([]);
    }
    // The merged votes now count on a: three agreement votes in the public room.
    const [a] = await db
      .select()
      .from(tallies)
      .where(and(eq(tallies.roomId, publicRoom), eq(tallies.claimId, "rf-a")));
    expect(a!.agreementCount).toBe(3);
    const retiredTallies = await db
      .select()
      .from(tallies)
      .where(inArray(tallies.claimId, ["rf-b", "rf-e"]));
    expect(retiredTallies).toEqual([]);
    expect((await checkDatabase(db)).filter((r) => !r.ok)).toEqual([]);
  });

  it("loads attribution, paragraph contexts and fact-checks of the new map", async () => {
    const view = (await getDebate(slug))!;
    expect(view.claims.find((c) => c.id === "rf-c2")!.attribution).toEqual({
      by: "source",
      nameZh: "某報告",
      nameEn: "A report",
    });
    expect(view.paragraphs[1]!.contexts).toEqual([{ noteZh: "背景。", noteEn: "Background." }]);
    const checked = view.claims.filter((c) => c.factCheck !== null).map((c) => c.id);
    expect(checked.sort()).toEqual(["rf-c", "rf-c2"]);
    const detail = await claimDetail("rf-c", undefined, null);
    expect(detail.factChecks[0]!.sources[0]!.publisher).toBe("P");
  });

  it("keeps old claim URLs working: a retired claim shows its successors and evidence", async () => {
    const detail = await claimDetail("rf-e", undefined, null);
    expect(detail.claim.retired?.successors.map((s) => s.id)).toEqual(["rf-d", "rf-c2"]);
    expect(detail.tally).toBeNull();
    expect(detail.evidence.map((e) => e.url)).toEqual(["https://example.org/cai"]);
    const merged = await claimDetail("rf-b", undefined, null);
    expect(merged.claim.retired?.successors.map((s) => s.id)).toEqual(["rf-a"]);
  });

  it("changes nothing when run again", async () => {
    const once = await snapshot();
    expect(await seed(db, [fixtureV2])).toEqual([]);
    expect(await snapshot()).toEqual(once);
  });
});
