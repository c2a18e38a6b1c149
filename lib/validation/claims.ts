import { z } from "zod";
import { claimKinds, claimRelations } from "@/db/schema/enums";
import { CLAIM_LIMITS as MAX } from "@/lib/limits";

const wording = (language: string) =>
  z
    .string()
    .trim()
    .max(MAX.text, `Keep the ${language} wording to ${MAX.text} characters: one assertion.`)
    .default("");

/** Either language may be left empty ("not yet translated"), never both. */
const bothWordings = z.object({ textZh: wording("Chinese"), textEn: wording("English") });
const someWording = <T extends { textZh: string; textEn: string }>(v: T) =>
  v.textZh.length > 0 || v.textEn.length > 0;
const someWordingError = {
  message: "Write the claim in Chinese or in English (or both).",
  path: ["textEn"],
};

export const proposalSchema = bothWordings
  .extend({
    relation: z.enum(claimRelations, "Choose whether it supports or opposes the claim above."),
    kind: z.enum(claimKinds, "Choose the kind of claim."),
    /** A quote of the essay that anchors the claim: verified verbatim against its paragraph. */
    anchorParagraphId: z.string().trim().max(100).optional(),
    anchorQuote: z
      .string()
      .trim()
      .max(MAX.anchorQuote, `Quote at most ${MAX.anchorQuote} characters of the essay.`)
      .optional(),
  })
  .refine(someWording, someWordingError)
  .refine((v) => !v.anchorQuote || v.anchorParagraphId, {
    message: "Choose the paragraph the quote comes from.",
    path: ["anchorParagraphId"],
  });

/** "Is yours one of these?": the wording alone. */
export const similarQuerySchema = bothWordings.refine(someWording, someWordingError);

const patchWording = (language: string) =>
  z
    .string()
    .trim()
    .max(MAX.text, `Keep the ${language} wording to ${MAX.text} characters: one assertion.`)
    .optional();

/** An author's change; the claim must still read in one language at least (checked on save). */
export const claimPatchSchema = z
  .object({
    textZh: patchWording("Chinese"),
    textEn: patchWording("English"),
    relation: z.enum(claimRelations, "Choose supports or opposes.").optional(),
    kind: z.enum(claimKinds, "Choose the kind of claim.").optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), "Change at least one field.");

export const translationSchema = z.object({
  lang: z.enum(["zh", "en"], "Choose the language of the translation."),
  text: z
    .string()
    .trim()
    .min(1, "Write the translation.")
    .max(MAX.text, `Keep it to ${MAX.text} characters.`),
});

const reason = z.string().trim().max(MAX.reason).default("");

export const hideClaimSchema = z.object({ hidden: z.boolean(), reason });
export const moveClaimSchema = z.object({
  parentId: z.string().trim().min(1, "Choose the claim to move it under."),
  relation: z.enum(claimRelations).optional(),
  reason,
});
export const mergeClaimSchema = z.object({
  survivorId: z.string().trim().min(1, "Choose the claim to keep."),
  reason,
});

export type ProposalInput = z.infer<typeof proposalSchema>;
export type ClaimPatch = z.infer<typeof claimPatchSchema>;
export type TranslationInput = z.infer<typeof translationSchema>;
