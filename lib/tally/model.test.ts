import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, scoreOf, squash, terms, type Aggregates, type ChildInput } from "./model";

const aggregates: fc.Arbitrary<Aggregates> = fc.record({
  evidenceNet: fc.integer({ min: -50, max: 50 }),
  ratingNet: fc.integer({ min: -100, max: 100 }),
  agreementSum: fc.integer({ min: -200, max: 200 }),
  agreementCount: fc.nat(100),
  impactSum: fc.nat(400),
  impactCount: fc.nat(100),
});
const child: fc.Arbitrary<ChildInput> = fc.record({
  claimId: fc.string(),
  relation: fc.constantFrom("supports" as const, "opposes" as const),
  net: fc.double({ min: -0.999, max: 0.999, noNaN: true }),
  impactSum: fc.nat(400),
  impactCount: fc.nat(100),
});

describe("evaluate", () => {
  it("is the squashed sum of the terms the breakdown shows, added in their order, to the last bit", () => {
    fc.assert(
      fc.property(aggregates, fc.array(child, { maxLength: 12 }), (own, children) => {
        const sum = terms(own, children).reduce((total, term) => total + term.value, 0);
        const { net, score } = evaluate(own, children);
        expect(Object.is(net, squash(sum))).toBe(true);
        expect(Object.is(score, scoreOf(squash(sum)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
