import { z } from "zod";

/** Dismissing a report: the moderator may say why (shown in the log). */
export const dismissSchema = z.object({ reason: z.string().trim().max(1000).default("") });

/** An author asking for a hidden item to be looked at again. */
export const reviewSchema = z.object({
  message: z
    .string("Say why it should be restored.")
    .trim()
    .min(1, "Say why it should be restored.")
    .max(1000),
});
