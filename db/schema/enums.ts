export const stances = ["support", "rebut"] as const;
export const sourceTypes = [
  "primary-data",
  "official-document",
  "news",
  "research",
  "opinion",
] as const;
export const memberRoles = ["teacher", "student"] as const;
export const sideModes = ["whole-class", "per-student", "balanced-random"] as const;
export const paragraphKinds = ["body", "heading", "caption"] as const;
export const claimRelations = ["supports", "opposes"] as const;
export const claimKinds = ["factual", "causal", "predictive", "normative"] as const;
export const checkStatuses = ["unverified", "supported", "disputed"] as const;
/** Whose assertion a claim is: the essay's author, the reprint's editor, or a source it quotes. */
export const attributionKinds = ["author", "editor", "source"] as const;
/** The editor's fact-check of a factual claim, apart from the crowd's `checkStatuses`. */
export const factCheckStatuses = ["accurate", "disputed", "inaccurate", "unverifiable"] as const;
export const userRoles = ["user", "admin"] as const;

export type Stance = (typeof stances)[number];
export type SourceType = (typeof sourceTypes)[number];
export type ClaimRelation = (typeof claimRelations)[number];
export type ClaimKind = (typeof claimKinds)[number];
export type ParagraphKind = (typeof paragraphKinds)[number];
export type AttributionKind = (typeof attributionKinds)[number];
export type FactCheckStatus = (typeof factCheckStatuses)[number];
export type CheckStatus = (typeof checkStatuses)[number];
