import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { tallies } from "@/db/schema";
import { checkDatabase } from "@/lib/db-check";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const failing = async () => (await checkDatabase(db)).filter((r) => !r.ok).map((r) => r.name);

describe("db:check", () => {
  it("passes on a consistent database and names a tampered tally", async () => {
    const [voter] = await makeViewers(1, "check");
    await voteOnClaim(voter!, "gulf-security", undefined, { agreement: 2 });
    expect(await failing()).toEqual([]);
    await db
      .update(tallies)
      .set({ score: 99 })
      .where(and(eq(tallies.roomId, "ai-dollar-public"), eq(tallies.claimId, "gulf-security")));
    expect(await failing()).toEqual(["stored tallies equal a full recomputation (1 rooms)"]);
  });
});
