import type { SeedClaim, SeedDebate, SeedMapRevision } from "@/db/seed/types";

// A small debate in two versions of its map, to revise a database filled under the first.
// Version 2 merges `b` into `a`, splits `c` (its id stays on `c`) and `d` (its id stays on
// `d-first`, a new key), and retires `e` in favour of `d-first` and `c2`. Keys carry an `rf-`
// prefix because claim ids are unique across debates.

const paragraphs = [
  {
    kind: "body" as const,
    zh: "論點甲成立。理由乙也成立。",
    en: "Thesis A holds. Reason B holds too.",
  },
  {
    kind: "body" as const,
    zh: "但丙不成立,丁與戊另說。",
    en: "But C fails; D and E are another matter.",
  },
];

const claim = (
  key: string,
  parent: string | null,
  quote: string,
  paragraph: number,
  extra: Partial<SeedClaim> = {},
): SeedClaim => ({
  key,
  parent,
  relation: parent === null ? null : "supports",
  kind: "factual",
  textZh: `主張${key}`,
  textEn: `Claim ${key}`,
  anchor: { paragraph, quote },
  attribution: { by: "author" },
  ...extra,
});

const base = {
  slug: "revision-fixture",
  titleZh: "修訂測試",
  titleEn: "Revision fixture",
  author: "Test",
  publisher: "Test",
  language: "zh-Hant",
  summaryEn: "A debate whose map is revised.",
  paragraphs,
};

export const fixtureV1: SeedDebate = {
  ...base,
  claims: [
    claim("rf-thesis", null, "論點甲成立", 1, { kind: "predictive" }),
    claim("rf-a", "rf-thesis", "論點甲", 1),
    claim("rf-b", "rf-thesis", "理由乙也成立", 1),
    claim("rf-c", "rf-thesis", "丙不成立", 2, { relation: "opposes" }),
    claim("rf-d", "rf-a", "丁與戊另說", 2),
    claim("rf-e", "rf-b", "戊另說", 2),
  ],
};

export const revisionV2: SeedMapRevision = {
  version: 2,
  merged: { "rf-b": "rf-a" },
  split: { "rf-c": ["rf-c", "rf-c2"], "rf-d": ["rf-d-first", "rf-d-second"] },
  retired: { "rf-e": ["rf-d-first", "rf-c2"] },
};

export const fixtureV2: SeedDebate = {
  ...base,
  mapVersion: 2,
  revisions: [revisionV2],
  claims: [
    claim("rf-thesis", null, "論點甲成立", 1, { kind: "predictive" }),
    claim("rf-a", "rf-thesis", "論點甲", 1, { textEn: "Claim a, with b merged in" }),
    claim("rf-c", "rf-thesis", "丙不成立", 2, { relation: "opposes" }),
    claim("rf-c2", "rf-c", "但丙", 2, {
      attribution: { by: "source", nameZh: "某報告", nameEn: "A report" },
    }),
    claim("rf-d-first", "rf-a", "丁與", 2),
    claim("rf-d-second", "rf-a", "戊另說", 2, { relation: "opposes" }),
  ],
  contexts: [{ paragraph: 2, noteZh: "背景。", noteEn: "Background." }],
  factChecks: [
    {
      paragraph: 2,
      quote: "丙不成立",
      status: "disputed",
      noteZh: "有爭議。",
      noteEn: "Disputed.",
      sources: [{ title: "T", publisher: "P", date: "2025-01", url: "https://example.org/t" }],
    },
  ],
};
