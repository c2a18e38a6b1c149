import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roomInputs, USERS } from "./arbitraries";
import { explain } from "./breakdown";
import { compareIds, computeRoom, type RoomInputs } from "./full";
import { MAX_SHIFT_BY_ONE_ACCOUNT } from "./bounds";

const EPS = 1e-9;

/** Every claim on the path from `claimId` up to the root, with the sign of the path. */
function pathUp(inputs: RoomInputs, claimId: string) {
  const byId = new Map(inputs.claims.map((c) => [c.id, c]));
  const path: { id: string; sign: number }[] = [];
  let sign = 1;
  let current = byId.get(claimId);
  while (current) {
    path.push({ id: current.id, sign });
    if (current.relation === "opposes") sign = -sign;
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/** After a change in favour of `claimId`, each ancestor moves with the sign of the path. */
function expectMovesWithPath(
  before: RoomInputs,
  after: RoomInputs,
  claimId: string,
  direction: 1 | -1,
) {
  const old = computeRoom(before);
  const now = computeRoom(after);
  for (const { id, sign } of pathUp(before, claimId)) {
    const delta = (now.get(id)!.score - old.get(id)!.score) * sign * direction;
    expect(delta).toBeGreaterThanOrEqual(-EPS);
  }
}

describe("the tally's required properties", () => {
  it("1. keeps every score in [0, 100], and exactly 50 with no evidence and no votes", () => {
    fc.assert(
      fc.property(roomInputs(), (inputs) => {
        for (const tally of computeRoom(inputs).values()) {
          expect(tally.score).toBeGreaterThanOrEqual(0);
          expect(tally.score).toBeLessThanOrEqual(100);
        }
        const empty = computeRoom({ ...inputs, evidence: [], evidenceVotes: [], claimVotes: [] });
        for (const tally of empty.values()) expect(tally.score).toBe(50);
      }),
    );
  });

  it("2. is monotone: support, stronger ratings of support and agreement never lower, with the path's sign", () => {
    fc.assert(
      fc.property(
        roomInputs(),
        fc.nat(),
        fc.constantFrom(...USERS),
        fc.constantFrom("support" as const, "rebut" as const),
        (inputs, n, user, stance) => {
          const claim = inputs.claims[n % inputs.claims.length]!;
          const direction = stance === "support" ? 1 : -1;
          // Adding evidence.
          const added = { id: "new", claimId: claim.id, authorId: user, stance, visible: true };
          expectMovesWithPath(
            inputs,
            { ...inputs, evidence: [...inputs.evidence, added] },
            claim.id,
            direction,
          );
          // Rating an item stronger (or rating it for the first time above the middle).
          const item = inputs.evidence.filter((e) => e.visible)[
            n % Math.max(1, inputs.evidence.length)
          ];
          if (item) {
            const current = inputs.evidenceVotes.find(
              (v) => v.evidenceId === item.id && v.userId === user,
            );
            const stronger = Math.min(5, (current?.strength ?? 3) + 1);
            const evidenceVotes = [
              ...inputs.evidenceVotes.filter((v) => v !== current),
              { evidenceId: item.id, userId: user, strength: stronger },
            ];
            expectMovesWithPath(
              inputs,
              { ...inputs, evidenceVotes },
              item.claimId,
              item.stance === "support" ? 1 : -1,
            );
          }
          // More agreement.
          const vote = inputs.claimVotes.find((v) => v.claimId === claim.id && v.userId === user);
          const agreement = Math.min(2, (vote?.agreement ?? 0) + 1);
          const claimVotes = [
            ...inputs.claimVotes.filter((v) => v !== vote),
            { claimId: claim.id, userId: user, agreement, impact: vote?.impact ?? null },
          ];
          expectMovesWithPath(inputs, { ...inputs, claimVotes }, claim.id, 1);
        },
      ),
    );
  });

  it("3. is symmetric: swapping every support and rebut (and agreement) maps s to 100 − s", () => {
    fc.assert(
      fc.property(roomInputs(), (inputs) => {
        const mirrored: RoomInputs = {
          ...inputs,
          evidence: inputs.evidence.map((e) => ({
            ...e,
            stance: e.stance === "support" ? "rebut" : "support",
          })),
          claimVotes: inputs.claimVotes.map((v) => ({
            ...v,
            agreement: v.agreement === null ? null : -v.agreement,
          })),
        };
        const a = computeRoom(inputs);
        const b = computeRoom(mirrored);
        for (const [id, tally] of a) expect(b.get(id)!.score).toBeCloseTo(100 - tally.score, 9);
      }),
    );
  });

  it("4. lets no single account move a claim by more than a fixed bound", () => {
    fc.assert(
      fc.property(roomInputs(), fc.constantFrom(...USERS), fc.nat(), (inputs, user, n) => {
        const claim = inputs.claims[n % inputs.claims.length]!;
        const onClaim = new Set(
          inputs.evidence.filter((e) => e.claimId === claim.id).map((e) => e.id),
        );
        const without: RoomInputs = {
          ...inputs,
          evidence: inputs.evidence.filter((e) => !(e.claimId === claim.id && e.authorId === user)),
          evidenceVotes: inputs.evidenceVotes.filter(
            (v) => !(onClaim.has(v.evidenceId) && v.userId === user),
          ),
          claimVotes: inputs.claimVotes.filter(
            (v) => !(v.claimId === claim.id && v.userId === user),
          ),
        };
        const shift =
          computeRoom(inputs).get(claim.id)!.score - computeRoom(without).get(claim.id)!.score;
        expect(Math.abs(shift)).toBeLessThanOrEqual(MAX_SHIFT_BY_ONE_ACCOUNT + EPS);
      }),
    );
  });

  it("5. is deterministic and independent of the order of its inputs", () => {
    fc.assert(
      fc.property(roomInputs(), fc.func(fc.integer()), (inputs, key) => {
        const shuffle = <T>(rows: T[]) => [...rows].sort((a, b) => key(a) - key(b));
        const shuffled: RoomInputs = {
          claims: shuffle(inputs.claims),
          evidence: shuffle(inputs.evidence),
          evidenceVotes: shuffle(inputs.evidenceVotes),
          claimVotes: shuffle(inputs.claimVotes),
        };
        expect(computeRoom(shuffled)).toEqual(computeRoom(inputs));
      }),
    );
  });

  it("7. explains every score: the contributions add up to the score shown", () => {
    fc.assert(
      fc.property(roomInputs(), (inputs) => {
        const tallies = computeRoom(inputs);
        for (const claim of inputs.claims) {
          const tally = tallies.get(claim.id)!;
          const children = inputs.claims
            .filter((c) => c.parentId === claim.id)
            .sort((a, b) => compareIds(a.id, b.id))
            .map((c) => ({ claimId: c.id, relation: c.relation!, ...tallies.get(c.id)! }));
          const evidence = inputs.evidence.filter((e) => e.claimId === claim.id && e.visible);
          const breakdown = explain(tally, children, evidence);
          expect(breakdown.score).toBe(Math.round(tally.score * 10) / 10);
          const total = breakdown.contributions.reduce((sum, c) => sum + c.points * 10, 0);
          expect(Math.round(total)).toBe(Math.round((breakdown.score - 50) * 10));
          expect(breakdown.contributions.filter((c) => c.source === "evidence")).toHaveLength(
            evidence.length,
          );
        }
      }),
    );
  });
});
