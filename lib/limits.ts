// Limits shared by the zod schemas (server) and the forms that show them (client). A plain
// module: a client component importing it ships a few numbers, not zod and its messages.

export const EVIDENCE_LIMITS = {
  url: 2000,
  title: 200,
  quote: 1000,
  explanation: 2000,
} as const;

export const REPLY_LIMITS = {
  body: 2000,
  /** An author may edit a reply this long after posting it (the server holds to it). */
  editWindowMs: 15 * 60_000,
} as const;

/** A proposed claim: one assertion, not an essay. */
export const CLAIM_LIMITS = {
  text: 400,
  anchorQuote: 300,
  reason: 500,
} as const;

/** Claims one account may propose per hour, in all rooms together (429 past it). */
export const PROPOSALS_PER_HOUR = 10;
