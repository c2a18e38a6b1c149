import type { ClaimKind, ClaimRelation, ParagraphKind } from "../schema/enums";

export type SeedParagraph = { kind: ParagraphKind; zh: string; en: string };

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
};
