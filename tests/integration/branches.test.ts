import { beforeAll, describe, expect, it } from "vitest";
import { branchCountsSchema, branchOfClaimSchema, branchSchema } from "@/app/api/debates/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { proposeClaim } from "@/lib/proposals/propose";
import type { Viewer } from "@/lib/session";
import { branchCounts, branchOfClaim, branchUnder } from "@/lib/tree/branches";
import { PAGE_DEPTH } from "@/lib/tree/on-demand";
import { makeViewers } from "../support/accounts";

// The claims the debate page leaves out come on demand, per room: readers' claims (decision
// 0032) and the essay's below the page's depth (decision 0033).
let teacher: Viewer, ana: Viewer, outsider: Viewer;
let classRoom: string;
let classClaim: string, reply: string, publicClaim: string, deepClassClaim: string;
const PARENT = "gulf-anchor";
// From the thesis down to a claim below the page's depth; the page holds the first PAGE_DEPTH + 1.
const CHAIN = ["thesis", "strategic-intent", "narrative-origins", "nscai-three-ideas"];
const DEEP_ROOT = CHAIN[PAGE_DEPTH]!;
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
  deepClassClaim = (
    await proposeClaim(ana, "nscai-governance", classRoom, claim("The class argues deep down"))
  ).id;
  publicClaim = (await proposeClaim(outsider, PARENT, undefined, claim("A public reader's claim")))
    .id;
});

describe("readers' branches", () => {
  it("a member reads the class's own claims under an essay claim, and nothing of the public room's", async () => {
    const counts = branchCountsSchema.parse(
      asJson(await branchCounts("ai-dollar", classRoom, ana)),
    ).counts;
    expect(counts[PARENT]).toBe(1);
    const branch = branchSchema.parse(
      asJson({ claims: await branchUnder("ai-dollar", classRoom, ana, PARENT) }),
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
    const branch = await branchUnder("ai-dollar", undefined, null, PARENT);
    expect(branch.map((c) => c.id)).toContain(publicClaim);
    expect(branch.map((c) => c.id)).not.toContain(classClaim);
    expect(await status(branchOfClaim("ai-dollar", undefined, null, classClaim))).toBe(404);
  });

  it("a class room's branches are for its members only", async () => {
    expect(await status(branchCounts("ai-dollar", classRoom, outsider))).toBe(403);
    expect(await status(branchUnder("ai-dollar", classRoom, outsider, PARENT))).toBe(403);
    expect(await status(branchOfClaim("ai-dollar", classRoom, null, classClaim))).toBe(401);
  });

  it("the counts, kept per room, follow a new proposal at once", async () => {
    // nscai-governance lies below the page's depth: its claims are counted in the essay's
    // branch under the claim of the page above it.
    const below = async (viewer: Viewer) =>
      (await branchCounts("ai-dollar", classRoom, viewer)).below[DEEP_ROOT];
    const before = await below(ana);
    await proposeClaim(ana, "nscai-governance", classRoom, claim("Another of the class's"));
    expect(await below(teacher)).toBe(before! + 1);
    // Kept counts are no way around the access check.
    expect(await status(branchCounts("ai-dollar", classRoom, outsider))).toBe(403);
  });

  it("only an essay claim of the room has a branch", async () => {
    expect(await status(branchUnder("ai-dollar", classRoom, ana, classClaim))).toBe(404);
    expect(await status(branchUnder("ai-dollar", classRoom, ana, "no-such-claim"))).toBe(404);
  });

  it("the essay's claims below the page's depth are a branch under the deepest claim the page holds", async () => {
    const counts = branchCountsSchema.parse(
      asJson(await branchCounts("ai-dollar", undefined, null)),
    );
    for (const held of CHAIN.slice(0, PAGE_DEPTH)) expect(counts.below[held]).toBeUndefined();
    expect(counts.below[DEEP_ROOT]).toBeGreaterThan(CHAIN.length - PAGE_DEPTH - 1);
    const branch = branchSchema.parse(
      asJson({ claims: await branchUnder("ai-dollar", undefined, null, DEEP_ROOT, "essay") }),
    ).claims;
    expect(branch).toHaveLength(counts.below[DEEP_ROOT]!);
    const ids = branch.map((c) => c.id);
    for (const deeper of [...CHAIN.slice(PAGE_DEPTH + 1), "nscai-governance"])
      expect(ids).toContain(deeper);
    // Parents before children, each claim under its own parent.
    for (const [i, c] of branch.entries())
      expect(c.parentId === DEEP_ROOT || ids.indexOf(c.parentId!) < i).toBe(true);
    expect(branch.every((c) => c.proposedBy === null && c.tally.score >= 0)).toBe(true);
    // Its readers' branch is another: the public room has none under it.
    expect(await branchUnder("ai-dollar", undefined, null, DEEP_ROOT)).toEqual([]);
    expect(await branchOfClaim("ai-dollar", undefined, null, "nscai-governance")).toBe(DEEP_ROOT);
    expect(await branchOfClaim("ai-dollar", undefined, null, DEEP_ROOT)).toBe(DEEP_ROOT);
    // A claim below the page's depth has no branch of its own: it is in one.
    const inBranch = CHAIN[PAGE_DEPTH + 1]!;
    expect(await status(branchUnder("ai-dollar", undefined, null, inBranch, "essay"))).toBe(404);
  });

  it("a class room's deeper essay branch holds the class's claims, for its members only", async () => {
    const branch = await branchUnder("ai-dollar", classRoom, ana, DEEP_ROOT, "essay");
    const ids = branch.map((c) => c.id);
    expect(ids).toContain("nscai-governance");
    expect(branch.find((c) => c.id === deepClassClaim)?.parentId).toBe("nscai-governance");
    expect(
      (await branchUnder("ai-dollar", undefined, null, DEEP_ROOT)).map((c) => c.textEn),
    ).not.toContain("Another of the class's");
    expect(await status(branchUnder("ai-dollar", classRoom, outsider, DEEP_ROOT, "essay"))).toBe(
      403,
    );
    expect(await status(branchUnder("ai-dollar", classRoom, null, DEEP_ROOT, "essay"))).toBe(401);
    expect(await status(branchCounts("ai-dollar", classRoom, null))).toBe(401);
    expect(await status(branchOfClaim("ai-dollar", classRoom, outsider, "nscai-governance"))).toBe(
      403,
    );
  });
});
