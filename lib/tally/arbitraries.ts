import fc from "fast-check";
import type { RoomInputs } from "./full";

export const USERS = ["u0", "u1", "u2", "u3", "u4"];

/** A random room: a claim tree, evidence, ratings and claim votes (one per user and target). */
export const roomInputs = (maxClaims = 7): fc.Arbitrary<RoomInputs> =>
  fc
    .array(fc.tuple(fc.nat(), fc.constantFrom("supports" as const, "opposes" as const)), {
      minLength: 0,
      maxLength: maxClaims - 1,
    })
    .chain((shape) => {
      const claims = [
        { id: "c0", parentId: null, relation: null },
        ...shape.map(([parent, relation], i) => ({
          id: `c${i + 1}`,
          parentId: `c${parent % (i + 1)}`,
          relation,
        })),
      ];
      const claimId = fc.constantFrom(...claims.map((c) => c.id));
      const user = fc.constantFrom(...USERS);
      return fc
        .record({
          evidence: fc.array(
            fc.record({
              claimId,
              authorId: user,
              stance: fc.constantFrom("support" as const, "rebut" as const),
              visible: fc.boolean(),
            }),
            { maxLength: 12 },
          ),
          ratings: fc.array(fc.tuple(fc.nat(), user, fc.integer({ min: 1, max: 5 })), {
            maxLength: 20,
          }),
          votes: fc.array(
            fc.record({
              claimId,
              userId: user,
              agreement: fc.option(fc.integer({ min: -2, max: 2 })),
              impact: fc.option(fc.integer({ min: 0, max: 4 })),
            }),
            { maxLength: 15 },
          ),
        })
        .map(({ evidence, ratings, votes }) => {
          const items = evidence.map((e, i) => ({ ...e, id: `e${i}` }));
          const evidenceVotes = dedupe(
            items.length === 0
              ? []
              : ratings.map(([n, userId, strength]) => ({
                  evidenceId: items[n % items.length]!.id,
                  userId,
                  strength,
                })),
            (v) => `${v.evidenceId}/${v.userId}`,
          );
          const claimVotes = dedupe(votes, (v) => `${v.claimId}/${v.userId}`);
          return { claims, evidence: items, evidenceVotes, claimVotes };
        });
    });

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [key(row), row])).values()];
}
