import { z } from "zod";
import { REPLY_LIMITS } from "../limits";

const body = z
  .string("Write a reply.")
  .trim()
  .min(1, "Write a reply.")
  .max(REPLY_LIMITS.body, `At most ${REPLY_LIMITS.body} characters.`);

/** A new reply; `parentId` answers a reply (a reply to a reply joins the top-level one). */
export const replySchema = z.object({ body, parentId: z.string().min(1).max(100).optional() });
export type ReplyInput = z.infer<typeof replySchema>;

export const replyEditSchema = z.object({ body });

export const replyReportSchema = z.object({
  reason: z.string("Say what is wrong.").trim().min(1, "Say what is wrong.").max(1000),
});

export const replyHideSchema = z.object({ reason: z.string().trim().max(1000).default("") });
