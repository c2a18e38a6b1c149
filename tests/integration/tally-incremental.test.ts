import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { tallies } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { addEvidence, deleteEvidence, editEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { compareRoom } from "@/lib/tally/recompute";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const ROOM = "ai-dollar-public";
// Paths with opposing links (thesis ← feasibility-limited ← natural-irreplaceability-test ← oil…;
// thesis ← compute-irreplaceable ← lock-in-erodes ← lock-in-man-made) and a supporting branch.
const CLAIMS = [
  "thesis",
  "feasibility-limited",
  "lock-in-man-made",
  "oil-naturally-limited",
  "compute-irreplaceable",
  "nvidia-share",
];

let viewers: Viewer[];
const items: { id: string; author: Viewer; stance: "support" | "rebut" }[] = [];

beforeAll(async () => {
  viewers = await makeViewers(4, "tally");
});

const operation = fc.oneof(
  fc.record({
    op: fc.constant("evidence" as const),
    user: fc.nat(3),
    claim: fc.nat(CLAIMS.length - 1),
    support: fc.boolean(),
    source: fc.nat(2),
  }),
  fc.record({
    op: fc.constant("rate" as const),
    user: fc.nat(1),
    item: fc.nat(),
    strength: fc.option(fc.constantFrom(1, 5)),
  }),
  fc.record({ op: fc.constant("flip" as const), item: fc.nat() }),
  fc.record({ op: fc.constant("delete" as const), item: fc.nat() }),
  fc.record({
    op: fc.constant("rate" as const),
    user: fc.nat(3),
    item: fc.nat(),
    strength: fc.option(fc.integer({ min: 1, max: 5 })),
  }),
  fc.record({
    op: fc.constant("vote" as const),
    user: fc.nat(3),
    claim: fc.nat(CLAIMS.length - 1),
    agreement: fc.option(fc.integer({ min: -2, max: 2 })),
    impact: fc.option(fc.integer({ min: 0, max: 4 })),
  }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(o: Operation) {
  const item = "item" in o ? items[o.item % Math.max(1, items.length)] : undefined;
  switch (o.op) {
    case "evidence": {
      const author = viewers[o.user]!;
      const created = await addEvidence(author, CLAIMS[o.claim]!, undefined, {
        stance: o.support ? "support" : "rebut",
        url: `https://example.org/source-${o.source}`,
        title: "A source",
        quote: "A passage",
        explanation: "Why it matters",
        sourceType: "news",
      });
      items.push({ id: created.id, author, stance: created.stance });
      return;
    }
    case "flip":
      if (item) {
        item.stance = item.stance === "support" ? "rebut" : "support";
        await editEvidence(item.author, item.id, { stance: item.stance });
      }
      return;
    case "delete":
      if (item) await deleteEvidence(item.author, item.id);
      return;
    case "rate":
      if (item) await rateEvidence(viewers[o.user]!, item.id, o.strength);
      return;
    case "vote":
      await voteOnClaim(viewers[o.user]!, CLAIMS[o.claim]!, undefined, {
        agreement: o.agreement,
        impact: o.impact,
      });
  }
}

describe("6. incremental equals full", () => {
  it("clamps one rater's say on a claim's evidence", async () => {
    const [author, rater] = await makeViewers(2, "clamp");
    const cite = (n: number) =>
      addEvidence(author!, "gulf-energy", undefined, {
        stance: "support",
        url: `https://example.org/energy-${n}`,
        title: "Energy",
        quote: "Gulf energy",
        explanation: "Cheap power",
        sourceType: "primary-data",
      });
    for (const item of [await cite(1), await cite(2)]) await rateEvidence(rater!, item.id, 5);
    expect(await compareRoom(db, ROOM)).toEqual([]);
    const [tally] = await db
      .select()
      .from(tallies)
      .where(and(eq(tallies.roomId, ROOM), eq(tallies.claimId, "gulf-energy")));
    expect(tally).toMatchObject({ evidenceNet: 2, ratingNet: 2 });
  });

  it("after any sequence of writes, the stored tallies equal a recomputation from the raw rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        for (const o of operations) {
          try {
            await apply(o);
          } catch (error) {
            // Refused writes (a duplicate source, a deleted item) are part of real traffic.
            if (!(error instanceof AppError)) throw error;
          }
        }
        expect(await compareRoom(db, ROOM)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
