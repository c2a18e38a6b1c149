"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { addEvidence, deleteEvidence, editEvidence } from "@/lib/evidence";
import {
  claimVoteSchema,
  evidenceRatingFormSchema,
  evidenceSchema,
} from "@/lib/validation/evidence";
import { rateEvidence, voteOnClaim } from "@/lib/votes";

const target = { claimId: z.string().min(1), roomId: z.string().min(1) };

export const addEvidenceAction = validatedAction(
  evidenceSchema.extend(target),
  async ({ claimId, roomId, ...input }, viewer) => {
    await addEvidence(viewer, claimId, roomId, input);
    return "Evidence added.";
  },
);

export const editEvidenceAction = validatedAction(
  evidenceSchema.extend({ evidenceId: z.string().min(1) }),
  async ({ evidenceId, ...patch }, viewer) => {
    await editEvidence(viewer, evidenceId, patch);
    return "Evidence updated.";
  },
);

export const deleteEvidenceAction = validatedAction(
  z.object({ evidenceId: z.string().min(1) }),
  async ({ evidenceId }, viewer) => {
    await deleteEvidence(viewer, evidenceId);
    return "Evidence deleted. It stays in the history.";
  },
);

export const voteAction = validatedAction(
  claimVoteSchema.safeExtend(target),
  async ({ claimId, roomId, agreement, impact }, viewer) => {
    await voteOnClaim(viewer, claimId, roomId, { agreement, impact });
    // The thesis's form asks no impact: an answer left out counts as none here.
    const cleared = (agreement ?? null) === null && (impact ?? null) === null;
    return cleared ? "Vote cleared." : "Vote saved.";
  },
);

export const rateAction = validatedAction(
  evidenceRatingFormSchema.extend({ evidenceId: z.string().min(1) }),
  async ({ evidenceId, strength }, viewer) => {
    await rateEvidence(viewer, evidenceId, strength);
    return strength === null ? "Rating cleared." : "Rating saved.";
  },
);
