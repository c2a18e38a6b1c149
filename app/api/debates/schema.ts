import { z } from "zod";
import {
  attributionKinds,
  claimKinds,
  claimRelations,
  checkStatuses,
  factCheckStatuses,
  paragraphKinds,
} from "@/db/schema/enums";

// Response schemas are strict: a field the code sends and docs/api.md does not describe fails
// the tests that check live answers against them (tests/integration/api-responses.test.ts).
export const tallySchema = z.strictObject({ score: z.number().min(0).max(100) });

export const claimSchema = z.strictObject({
  id: z.string(),
  parentId: z.string().nullable(),
  relation: z.enum(claimRelations).nullable(),
  kind: z.enum(claimKinds),
  textZh: z.string(),
  textEn: z.string(),
  checkStatus: z.enum(checkStatuses),
  attribution: z.strictObject({
    by: z.enum(attributionKinds),
    nameZh: z.string().nullable(),
    nameEn: z.string().nullable(),
  }),
  factCheck: z.enum(factCheckStatuses).nullable(),
  anchor: z.strictObject({ paragraphId: z.string(), quote: z.string() }).nullable(),
  /** Null for the essay's own claims; a reader's claim names who proposed it (a pseudonym in anonymous classes). */
  proposedBy: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  tally: tallySchema,
});

export const debateListSchema = z.strictObject({
  debates: z.array(
    z.strictObject({
      slug: z.string(),
      titleZh: z.string(),
      titleEn: z.string(),
      summaryEn: z.string(),
      thesis: claimSchema,
    }),
  ),
});

export const debateSchema = z.strictObject({
  id: z.string(),
  /** The class whose room this is; null in the public room. */
  classId: z.string().nullable(),
  slug: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  summaryEn: z.string(),
  author: z.string(),
  publisher: z.string(),
  language: z.string(),
  roomId: z.string(),
  paragraphs: z.array(
    z.strictObject({
      id: z.string(),
      position: z.number().int(),
      kind: z.enum(paragraphKinds),
      zh: z.string(),
      en: z.string(),
      contexts: z.array(z.strictObject({ noteZh: z.string(), noteEn: z.string() })),
    }),
  ),
  claims: z.array(claimSchema),
});

export const slugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

const counts = z.record(z.string(), z.number().int().min(0));
export const claimStandSchema = z.strictObject({
  people: z.number().int().min(0),
  agreement: counts,
  impact: counts,
});

/** `GET /api/debates/[slug]/export.json`: the debate shape with aggregate votes and evidence. */
export const debateExportSchema = debateSchema.omit({ classId: true }).extend({
  licence: z.string().includes("CC BY 4.0"),
  licenceUrl: z.url(),
  classRoom: z.boolean(),
  exportedAt: z.iso.datetime(),
  // Who proposed a claim is personal: an export keeps only where it came from.
  claims: z.array(
    claimSchema
      .omit({ proposedBy: true })
      .extend({ origin: z.enum(["essay", "reader"]), votes: claimStandSchema }),
  ),
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
      ratings: z.strictObject({ raters: z.number().int().min(0), strength: counts }),
    }),
  ),
});

const scorePoint = z.strictObject({ score: z.number().min(0).max(100), at: z.iso.datetime() });

/** `GET /api/debates/[slug]/snapshot`: a room's scores, history and (class rooms) banner. */
export const roomSnapshotSchema = z.strictObject({
  revision: z.number().int().min(0),
  scores: z.record(z.string(), z.number().min(0).max(100)),
  history: z.array(scorePoint),
  context: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("public") }),
    z.strictObject({
      kind: z.literal("class"),
      roomId: z.string(),
      classId: z.string(),
      className: z.string(),
      role: z.enum(["teacher", "student"]),
      assignments: z.array(
        z.strictObject({
          id: z.string(),
          title: z.string(),
          dueAt: z.iso.datetime(),
          timeZone: z.string(),
          side: z.enum(["support", "rebut"]).nullable(),
          targets: z.array(z.strictObject({ id: z.string(), textEn: z.string() })),
        }),
      ),
    }),
  ]),
  publicScore: z.number().min(0).max(100).nullable(),
  publicHistory: z.array(scorePoint).nullable(),
});

/** `GET /api/debates/[slug]/branches`: the claims the page leaves out, on demand (decisions 0032, 0033). */
export const branchCountsSchema = z.strictObject({
  counts: z.record(z.string(), z.number().int().min(1)),
  below: z.record(z.string(), z.number().int().min(1)),
});
export const branchSchema = z.strictObject({ claims: z.array(claimSchema) });
export const branchOfClaimSchema = z.strictObject({ branch: z.string() });
