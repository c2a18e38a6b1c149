"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { dismissReport, requestReview } from "@/lib/moderation-review";
import { dismissSchema, reviewSchema } from "@/lib/validation/moderation";

export const dismissReportAction = validatedAction(
  dismissSchema.extend({ reportId: z.coerce.number().int().positive() }),
  async ({ reportId, reason }, viewer) => {
    await dismissReport(viewer, reportId, reason);
    return "Report dismissed: the item stays.";
  },
);

export const reviewAction = validatedAction(
  reviewSchema.extend({ evidenceId: z.string().min(1) }),
  async ({ evidenceId, message }, viewer) => {
    await requestReview(viewer, evidenceId, message);
    return "Review requested: the moderators will look again.";
  },
);
