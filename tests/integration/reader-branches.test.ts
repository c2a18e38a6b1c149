import { beforeAll, describe, expect, it } from "vitest";
import {
  branchOfClaimSchema,
  readerBranchCountsSchema,
  readerBranchSchema,
} from "@/app/api/debates/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { proposeClaim } from "@/lib/proposals/propose";
import type { Viewer } from "@/lib/session";
import { branchOfClaim, readerBranch, readerBranchCounts } from "@/lib/tree/reader-branches";
import { makeViewers } from "../support/accounts";

// Readers' claims come to the debate page on demand, per room (decision 0032).
let teacher: Viewer, ana: Viewer, outsider: Viewer;
let classRoom: string;
let classClaim: string, reply: string, publicClaim: string;
const PARENT = "gulf-anchor";
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );
const claim = (textEn: string) => ({
  textEn,
  textZh: "",
  relation: "opposes" as const,
  kind: "factual" as const,
});

beforeAll(async () => {
  const made = await makeViewers(3, "branches");
  [teacher, ana, outsider] = [made[0]!, made[1]!, made[2]!];
  const klass = await createClass(teacher, { name: "Branches", anonymous: false });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(ana, klass.joinCode!);
  classClaim = (await proposeClaim(ana, PARENT, classRoom, claim("Only the class argues this"))).id;
  reply = (await proposeClaim(teacher, classClaim, classRoom, claim("And a claim under it"))).id;
  publicClaim = (await proposeClaim(outsider, PARENT, undefined, claim("A public reader's claim")))
    .id;
});

describe("readers' branches", () => {
  it("a member reads the class's own claims under an essay claim, and nothing of the public room's", async () => {
    const counts = readerBranchCountsSchema.parse(
      asJson({ counts: await readerBranchCounts("ai-dollar", classRoom, ana) }),
    ).counts;
    expect(counts[PARENT]).toBe(1);
    const branch = readerBranchSchema.parse(
      asJson({ claims: await readerBranch("ai-dollar", classRoom, ana, PARENT) }),
    ).claims;
    expect(branch.map((c) => [c.id, c.parentId])).toEqual([
      [classClaim, PARENT],
      [reply, classClaim],
    ]);
    expect(branch[0]!.proposedBy?.name).toBe(ana.name);
    expect(
      branchOfClaimSchema.parse({
        branch: await branchOfClaim("ai-dollar", classRoom, ana, reply),
      }),
    ).toEqual({ branch: PARENT });
  });

  it("the public room's branch holds its own readers' claims, never a class's", async () => {
    const branch = await readerBranch("ai-dollar", undefined, null, PARENT);
    expect(branch.map((c) => c.id)).toContain(publicClaim);
    expect(branch.map((c) => c.id)).not.toContain(classClaim);
    expect(await status(branchOfClaim("ai-dollar", undefined, null, classClaim))).toBe(404);
  });

  it("a class room's branches are for its members only", async () => {
    expect(await status(readerBranchCounts("ai-dollar", classRoom, outsider))).toBe(403);
    expect(await status(readerBranch("ai-dollar", classRoom, outsider, PARENT))).toBe(403);
    expect(await status(branchOfClaim("ai-dollar", classRoom, null, classClaim))).toBe(401);
  });

  it("the counts, kept per room, follow a new proposal at once", async () => {
    const before = (await readerBranchCounts("ai-dollar", classRoom, ana))["nscai-governance"] ?? 0;
    await proposeClaim(ana, "nscai-governance", classRoom, claim("Another of the class's"));
    expect((await readerBranchCounts("ai-dollar", classRoom, teacher))["nscai-governance"]).toBe(
      before + 1,
    );
    // Kept counts are no way around the access check.
    expect(await status(readerBranchCounts("ai-dollar", classRoom, outsider))).toBe(403);
  });

  it("only an essay claim of the room has a branch", async () => {
    expect(await status(readerBranch("ai-dollar", classRoom, ana, classClaim))).toBe(404);
    expect(await status(readerBranch("ai-dollar", classRoom, ana, "no-such-claim"))).toBe(404);
  });
});
