import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { assignments, claimVotes, claims, debates, evidence } from "@/db/schema";
import { migrate } from "@/db/migrate";
import { aiDollar } from "@/db/seed/ai-dollar";
import { claimIdsAt } from "@/db/seed/claim-ids";
import { seed } from "@/db/seed/seed";
import { createAssignment } from "@/lib/assignments/create";
import { createClass, joinWithCode } from "@/lib/classes";
import { checkDatabase } from "@/lib/db-check";
import { addEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";
import { claimsV1 } from "../support/ai-dollar-v1-claims";
import { freshDatabaseUrl } from "../support/fresh-database";

// The real essay: a database filled under the first published map, then given the current
// seed, as `npm start` would. With the current map at version 1 this only reloads it; once the
// map's next version lands it runs that revision over real claims.
const v1 = { ...aiDollar, claims: claimsV1, mapVersion: 1, revisions: [], factChecks: [] };
const version = aiDollar.mapVersion ?? 1;
const revisions = aiDollar.revisions ?? [];
const revision = revisions.find((r) => r.version === version);
const idBefore = claimIdsAt(revisions, 1);
const idAfter = claimIdsAt(revisions, version);
/** Where a version-1 claim's votes end up, and the claims its assignments aim at after. */
const voteHome = (key: string) =>
  revision?.merged[key] !== undefined ? idAfter(revision.merged[key]) : idBefore(key);
const targetsOf = (key: string) =>
  revision?.merged[key] !== undefined
    ? [idAfter(revision.merged[key])]
    : (revision?.retired[key]?.map(idAfter) ?? [idBefore(key)]);

let voters: Viewer[];
let assignmentId: string;
let evidenceCount: number;

beforeAll(async () => {
  process.env.DATABASE_URL = freshDatabaseUrl();
  await migrate({ url: process.env.DATABASE_URL });
  await seed(db, [v1]);
  const [teacher, ...students] = await makeViewers(4, "v1");
  voters = students;
  const klass = await createClass(teacher!, { name: "Version 1 class", anonymous: false });
  const classRoom = klass.rooms.find((r) => r.debateId === aiDollar.slug)!.id;
  for (const s of students) await joinWithCode(s, klass.joinCode!);
  const [ana, ben, cai] = [students[0]!, students[1]!, students[2]!];
  for (const c of claimsV1) {
    await voteOnClaim(ana, c.key, undefined, { agreement: 1, impact: 2 });
    await voteOnClaim(ben, c.key, classRoom, { agreement: -1, impact: 3 });
    for (const url of [`https://example.org/${c.key}`, "https://example.org/shared"])
      await addEvidence(cai, c.key, undefined, {
        stance: "support",
        url,
        title: c.key,
        quote: "Q",
        explanation: "E",
        sourceType: "news",
      });
  }
  evidenceCount = await db.$count(evidence);
  assignmentId = (
    await createAssignment(teacher!, klass.id, {
      title: "Every claim",
      instructions: "",
      debate: aiDollar.slug,
      dueAt: "2026-12-31T12:00:00Z",
      timeZone: "UTC",
      targetClaimIds: claimsV1.map((c) => c.key),
      sideMode: "whole-class",
      wholeClassSide: "support",
      sides: {},
      minEvidence: 1,
      minClaimVotes: 0,
      minEvidenceRatings: 0,
      minReplies: 0,
      maxPoints: 100,
      confirmPastDue: false,
    })
  ).id;
  await seed(db);
}, 120_000);

describe("the AI-dollar map, revised over a database filled under version 1", () => {
  it("is at the current version with the current claims in the tree", async () => {
    const [debate] = await db.select().from(debates).where(eq(debates.id, aiDollar.slug));
    expect(debate!.mapVersion).toBe(version);
    const live = await db.select({ id: claims.id, retiredAt: claims.retiredAt }).from(claims);
    expect(
      live
        .filter((c) => c.retiredAt === null)
        .map((c) => c.id)
        .sort(),
    ).toEqual(aiDollar.claims.map((c) => idAfter(c.key)).sort());
  });

  it("keeps every evidence item and each reader's votes, on the survivors", async () => {
    expect(await db.$count(evidence)).toBe(evidenceCount);
    for (const voter of voters.slice(0, 2)) {
      const rows = await db
        .select({ claimId: claimVotes.claimId })
        .from(claimVotes)
        .where(eq(claimVotes.userId, voter.id));
      expect(rows.map((r) => r.claimId).sort()).toEqual(
        [...new Set(claimsV1.map((c) => voteHome(c.key)))].sort(),
      );
    }
  });

  it("aims the assignment at the successors", async () => {
    const [row] = await db.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(JSON.parse(row!.targetClaimIds)).toEqual([
      ...new Set(claimsV1.flatMap((c) => targetsOf(c.key))),
    ]);
  });

  it("passes db:check, and a second start changes nothing", async () => {
    expect((await checkDatabase(db)).filter((r) => !r.ok)).toEqual([]);
    const before = await db.select().from(claims).orderBy(claims.id);
    expect(await seed(db)).toEqual([]);
    expect(await db.select().from(claims).orderBy(claims.id)).toEqual(before);
  });
});
