import { z } from "zod";
import {
  attributionKinds,
  claimKinds,
  claimRelations,
  checkStatuses,
  factCheckStatuses,
  paragraphKinds,
} from "@/db/schema/enums";

export const tallySchema = z.object({ score: z.number().min(0).max(100) });

export const claimSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  relation: z.enum(claimRelations).nullable(),
  kind: z.enum(claimKinds),
  textZh: z.string(),
  textEn: z.string(),
  checkStatus: z.enum(checkStatuses),
  attribution: z.object({
    by: z.enum(attributionKinds),
    nameZh: z.string().nullable(),
    nameEn: z.string().nullable(),
  }),
  factCheck: z.enum(factCheckStatuses).nullable(),
  anchor: z.object({ paragraphId: z.string(), quote: z.string() }).nullable(),
  tally: tallySchema,
});

export const debateListSchema = z.object({
  debates: z.array(
    z.object({
      slug: z.string(),
      titleZh: z.string(),
      titleEn: z.string(),
      summaryEn: z.string(),
      thesis: claimSchema,
    }),
  ),
});

export const debateSchema = z.object({
  slug: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  summaryEn: z.string(),
  author: z.string(),
  publisher: z.string(),
  language: z.string(),
  roomId: z.string(),
  paragraphs: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      kind: z.enum(paragraphKinds),
      zh: z.string(),
      en: z.string(),
      contexts: z.array(z.object({ noteZh: z.string(), noteEn: z.string() })),
    }),
  ),
  claims: z.array(claimSchema),
});

export const slugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

const counts = z.record(z.string(), z.number().int().min(0));
export const claimStandSchema = z.object({
  people: z.number().int().min(0),
  agreement: counts,
  impact: counts,
});

/** `GET /api/debates/[slug]/export.json`: the debate shape with aggregate votes and evidence. */
export const debateExportSchema = debateSchema.extend({
  licence: z.string().includes("CC BY 4.0"),
  classRoom: z.boolean(),
  exportedAt: z.iso.datetime(),
  claims: z.array(claimSchema.extend({ votes: claimStandSchema })),
  evidence: z.array(
    z.strictObject({
      id: z.string(),
      claimId: z.string(),
      stance: z.enum(["support", "rebut"]),
      url: z.string(),
      title: z.string(),
      quote: z.string(),
      explanation: z.string(),
      sourceType: z.string(),
      createdAt: z.iso.datetime(),
      ratings: z.object({ raters: z.number().int().min(0), strength: counts }),
    }),
  ),
});
