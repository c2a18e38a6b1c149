import { z } from "zod";
import { sourceTypes, stances } from "@/db/schema/enums";
import { EVIDENCE_LIMITS as MAX } from "@/lib/limits";
import { optionalAnswer, wholeNumber } from "./form-values";

const count = (n: number) => n.toLocaleString("en");

/** A host with a dot (and maybe a port) at the start: a link typed without its scheme. */
const BARE_HOST = /^[^\s/:?#]+\.[^\s/:?#]+(:\d+)?([/?#]|$)/;

/**
 * People type and paste links as browsers show them ("www.example.org/page"): such a link is
 * taken as https rather than refused. Anything else keeps its scheme, to be checked below.
 */
export const withScheme = (value: string) =>
  value.startsWith("//") ? `https:${value}` : BARE_HOST.test(value) ? `https://${value}` : value;

const httpUrl = z
  .string()
  .trim()
  .transform(withScheme)
  .pipe(z.string().max(MAX.url, `Use a shorter link (at most ${count(MAX.url)} characters).`))
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Give a web address starting with http:// or https://.");

export const evidenceSchema = z.object({
  stance: z.enum(stances, "Choose whether this supports or rebuts the claim."),
  url: httpUrl,
  title: z
    .string()
    .trim()
    .min(1, "Give the source a title.")
    .max(MAX.title, `Use at most ${count(MAX.title)} characters.`),
  quote: z
    .string()
    .trim()
    .min(1, "Quote the passage from the source.")
    .max(MAX.quote, `Quote at most ${count(MAX.quote)} characters; link to the rest.`),
  explanation: z
    .string()
    .trim()
    .min(1, "Explain how this bears on the claim.")
    .max(MAX.explanation, `Use at most ${count(MAX.explanation)} characters.`),
  sourceType: z.enum(sourceTypes, "Choose the kind of source."),
});

export const evidencePatchSchema = evidenceSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, {
    message: "Change at least one field.",
  });

/** A whole number from `min` to `max`: one of a vote's answers, from a form or the API. */
const scale = (min: number, max: number, message: string) =>
  wholeNumber(message).pipe(z.number().min(min, message).max(max, message));

const agreement = scale(-2, 2, "Give agreement from -2 to 2.");
const impact = scale(0, 4, "Give impact from 0 to 4.");
const strength = scale(1, 5, "Rate from 1 to 5.");

/**
 * Both answers on a claim. An answer left out is kept; null (or a radio group sent empty)
 * clears it. The form sends both questions, the thesis's form only agreement.
 */
export const claimVoteSchema = z
  .object({
    agreement: optionalAnswer(agreement).optional(),
    impact: optionalAnswer(impact).optional(),
  })
  .refine((v) => v.agreement !== undefined || v.impact !== undefined, {
    message: "Give agreement (-2 to 2) or impact (0 to 4).",
  });

/** A rating of evidence, 1–5; the API's DELETE (or the form's "no rating") clears it. */
export const evidenceVoteSchema = z.object({ strength });
export const evidenceRatingFormSchema = z.object({ strength: optionalAnswer(strength) });

export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type EvidencePatch = z.infer<typeof evidencePatchSchema>;
export type ClaimVoteInput = z.infer<typeof claimVoteSchema>;
