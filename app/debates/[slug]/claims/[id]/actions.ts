"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { addEvidence, deleteEvidence, editEvidence } from "@/lib/evidence";
import { evidenceSchema } from "@/lib/validation/evidence";
import { rateEvidence, voteOnClaim } from "@/lib/votes";

const target = { claimId: z.string().min(1), roomId: z.string().min(1) };
/** A radio group's value: "" (nothing chosen) means "no answer". */
const answer = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : Number(v)),
    z.number().int().min(min).max(max).nullable(),
  );

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
  z.object({ ...target, agreement: answer(-2, 2), impact: answer(0, 4) }),
  async ({ claimId, roomId, agreement, impact }, viewer) => {
    await voteOnClaim(viewer, claimId, roomId, { agreement, impact });
    return agreement === null && impact === null ? "Vote cleared." : "Vote saved.";
  },
);

export const rateAction = validatedAction(
  z.object({ evidenceId: z.string().min(1), strength: answer(1, 5) }),
  async ({ evidenceId, strength }, viewer) => {
    await rateEvidence(viewer, evidenceId, strength);
    return strength === null ? "Rating cleared." : "Rating saved.";
  },
);
