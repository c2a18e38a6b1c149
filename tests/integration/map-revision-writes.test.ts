import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claimSuccessors } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import { checkDatabase } from "@/lib/db-check";
import { addEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";
import { fixtureV1, fixtureV2 } from "../support/revision-fixture";

// A process starts on the revised map (`npm start` revises before serving), so this file
// revises before its first write, unlike map-revision.test.ts which fills the old map first.
let reader: Viewer;

beforeAll(async () => {
  await seed(db, [fixtureV1]);
  await seed(db, [fixtureV2]);
  reader = (await makeViewers(1, "after-revision"))[0]!;
});

describe("after a revision of the map", () => {
  it("refuses new votes and evidence on a retired claim, with a clear conflict", async () => {
    await expect(voteOnClaim(reader!, "rf-e", undefined, { agreement: 1 })).rejects.toMatchObject({
      status: 409,
      message: "This claim was revised: argue on the claims that replaced it.",
    });
    await expect(
      addEvidence(reader!, "rf-b", undefined, {
        stance: "support",
        url: "https://example.org/late",
        title: "Late",
        quote: "Q",
        explanation: "E",
        sourceType: "news",
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("counts votes on the new map's claims, up its new tree", async () => {
    await voteOnClaim(reader!, "rf-d-second", undefined, { agreement: 2, impact: 4 });
    expect((await checkDatabase(db)).filter((r) => !r.ok)).toEqual([]);
  });

  it("db:check names a retired claim that leads nowhere", async () => {
    const links = await db
      .select()
      .from(claimSuccessors)
      .where(eq(claimSuccessors.claimId, "rf-e"));
    await db.delete(claimSuccessors).where(eq(claimSuccessors.claimId, "rf-e"));
    const failing = (await checkDatabase(db)).filter((r) => !r.ok).map((r) => r.name);
    await db.insert(claimSuccessors).values(links);
    expect(failing).toEqual(["retired claims lead to their successors and are out of the tally"]);
  });
});
