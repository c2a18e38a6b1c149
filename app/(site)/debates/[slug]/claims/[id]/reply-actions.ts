"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { reportReply, setReplyHidden } from "@/lib/replies/moderation";
import { deleteReply, editReply, postReply } from "@/lib/replies/write";
import {
  replyEditSchema,
  replyHideSchema,
  replyReportSchema,
  replySchema,
} from "@/lib/validation/replies";

const reply = { replyId: z.string().min(1).max(100) };

export const postReplyAction = validatedAction(
  replySchema.extend({
    kind: z.enum(["claim", "evidence"]),
    targetId: z.string().min(1).max(100),
    roomId: z.string().min(1).max(100),
    parentId: z.preprocess((v) => v || undefined, z.string().min(1).max(100).optional()),
  }),
  async ({ kind, targetId, roomId, ...input }, viewer) => {
    await postReply(viewer, { kind, id: targetId }, roomId, input);
    return "Reply posted.";
  },
);

export const editReplyAction = validatedAction(
  replyEditSchema.extend(reply),
  async ({ replyId, body }, viewer) => {
    await editReply(viewer, replyId, body);
    return "Reply updated.";
  },
);

export const deleteReplyAction = validatedAction(z.object(reply), async ({ replyId }, viewer) => {
  await deleteReply(viewer, replyId);
  return "Reply deleted.";
});

export const reportReplyAction = validatedAction(
  replyReportSchema.extend(reply),
  async ({ replyId, reason }, viewer) => {
    await reportReply(viewer, replyId, reason);
    return "Reported. The moderators will look at it.";
  },
);

export const hideReplyAction = validatedAction(
  replyHideSchema.extend(reply),
  async ({ replyId, reason }, viewer) => {
    await setReplyHidden(viewer, replyId, true, reason);
    return "Hidden. Its author sees why.";
  },
);

export const restoreReplyAction = validatedAction(z.object(reply), async ({ replyId }, viewer) => {
  await setReplyHidden(viewer, replyId, false);
  return "Restored.";
});
