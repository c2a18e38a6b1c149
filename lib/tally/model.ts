/** The score of a claim with no evidence and no votes. */
export const NEUTRAL_SCORE = 50;
