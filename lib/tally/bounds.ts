import { WEIGHTS } from "./model";

/**
 * The most one account's own inputs on a claim (its evidence there, its ratings of that
 * claim's evidence, its agreement vote) can move that claim's score. S moves by at most
 * cap × evidence + 2 × clamp × rating + 2 × agreement weight (a vote from −2 to +2 moves
 * A/(|A|+prior) by at most 4/prior), and the squash S/(|S|+K) is 1/K-Lipschitz.
 */
export const MAX_SHIFT_BY_ONE_ACCOUNT =
  (50 *
    (WEIGHTS.evidencePerAuthorCap * WEIGHTS.evidence +
      2 * WEIGHTS.raterClamp * WEIGHTS.rating +
      (4 / WEIGHTS.agreementPrior) * WEIGHTS.agreement)) /
  WEIGHTS.squash;
