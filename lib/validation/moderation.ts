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

/** Reporting an item to its room's moderators. */
export const reportSchema = z.object({
  reason: z.string("Say what is wrong.").trim().min(1, "Say what is wrong.").max(1000),
});

/** Hiding an item: the moderator may say why (the author sees it). */
export const hideSchema = z.object({ reason: z.string().trim().max(1000).default("") });
