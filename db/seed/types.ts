import type { ClaimKind, ClaimRelation, ParagraphKind } from "../schema/enums";

export type SeedParagraph = { kind: ParagraphKind; zh: string; en: string };

/**
 * Whose assertion a claim is: the essay's author, the reprinting institute's editor's note
 * (paragraphs 1–4), or a source the essay quotes (a report, a person), named in both languages.
 */
export type SeedAttribution =
  { by: "author" } | { by: "editor" } | { by: "source"; nameZh: string; nameEn: string };

export type SeedClaim = {
  /** Stable id: re-seeding finds the same claim by it. */
  key: string;
  parent: string | null;
  relation: ClaimRelation | null;
  kind: ClaimKind;
  textZh: string;
  textEn: string;
  /** `paragraph` is 1-based; `quote` is copied verbatim from that paragraph. */
  anchor: { paragraph: number; quote: string };
  attribution: SeedAttribution;
};

export const factCheckStatuses = ["accurate", "disputed", "inaccurate", "unverifiable"] as const;
export type FactCheckStatus = (typeof factCheckStatuses)[number];

export type SeedSource = {
  title: string;
  publisher: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the source's publication. */
  date: string;
  url: string;
};

/**
 * The editor's check of one factual assertion of the essay, located like an anchor: `quote`
 * is a verbatim span of paragraph `paragraph`. It applies to every factual claim whose anchor
 * lies in that paragraph and overlaps the span. No check without a source.
 */
export type SeedFactCheck = {
  paragraph: number;
  quote: string;
  status: FactCheckStatus;
  noteZh: string;
  noteEn: string;
  sources: SeedSource[];
};

/** Background a paragraph gives that bears on no claim: shown as context, never as a pro. */
export type SeedContext = { paragraph: number; noteZh: string; noteEn: string };

/**
 * How version `version` of a map replaces the one before it. Keys that appear in both
 * versions survive unchanged. `merged`: old key → the surviving key (its evidence and votes
 * move there, one vote per person, the latest kept). `split`: old key → the new keys it was
 * split into (the old id stays on the first). `retired`: old key → its successors (the claim
 * stays reachable, marked revised, its evidence listed there).
 */
export type SeedMapRevision = {
  version: number;
  merged: Record<string, string>;
  split: Record<string, string[]>;
  retired: Record<string, string[]>;
};

export type SeedDebate = {
  slug: string;
  titleZh: string;
  titleEn: string;
  author: string;
  publisher: string;
  language: string;
  summaryEn: string;
  paragraphs: SeedParagraph[];
  claims: SeedClaim[];
  /** The version of `claims`; 1 when absent. */
  mapVersion?: number;
  /** How each version replaced the one before (versions 2..mapVersion), oldest first. */
  revisions?: SeedMapRevision[];
  contexts?: SeedContext[];
  factChecks?: SeedFactCheck[];
};
