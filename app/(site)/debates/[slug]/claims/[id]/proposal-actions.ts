"use server";

import { z } from "zod";
import { validatedAction, type ActionState } from "@/lib/action";
import { acceptTranslation, editClaim, suggestTranslation } from "@/lib/proposals/edit";
import { mergeClaim, moveClaim, setClaimHidden } from "@/lib/proposals/moderate";
import { proposeClaim, similarUnder } from "@/lib/proposals/propose";
import {
  claimPatchSchema,
  mergeClaimSchema,
  moveClaimSchema,
  proposalSchema,
  translationSchema,
} from "@/lib/validation/claims";

/** A proposal's form state: the similar claims found before saving, if any. */
export type ProposalState = ActionState & {
  similar?: { id: string; textZh: string; textEn: string; similarity: number }[];
  proposedId?: string;
};

const claimId = z.string().min(1);

/**
 * Proposes a claim. The first submission asks the server for similar claims under the same
 * parent; when there are some, it saves nothing and shows them ("is yours one of these?").
 * Submitting again with `confirmed` saves it anyway.
 */
const proposalForm = proposalSchema.safeExtend({
  parentId: claimId,
  roomId: z.string().min(1),
  confirmed: z.literal("yes").optional(),
});

export const proposeClaimAction = validatedAction<typeof proposalForm, ProposalState>(
  proposalForm,
  async ({ parentId, roomId, confirmed, ...input }, viewer) => {
    if (!confirmed) {
      const similar = await similarUnder(viewer, parentId, roomId, input);
      if (similar.length > 0)
        return {
          message: "Is yours one of these? Open it to argue there, or save yours.",
          similar,
        };
    }
    const { id } = await proposeClaim(viewer, parentId, roomId, input);
    return { message: "Claim proposed. It is in the tree now.", proposedId: id };
  },
);

export const editClaimAction = validatedAction(
  claimPatchSchema.safeExtend({ claimId }),
  async ({ claimId, ...patch }, viewer) => {
    await editClaim(viewer, claimId, patch);
    return "Claim updated.";
  },
);

export const suggestTranslationAction = validatedAction(
  translationSchema.extend({ claimId }),
  async ({ claimId, ...input }, viewer) => {
    await suggestTranslation(viewer, claimId, input);
    return "Translation suggested. The claim's author or a moderator can accept it.";
  },
);

export const acceptTranslationAction = validatedAction(
  z.object({ translationId: z.string().min(1) }),
  async ({ translationId }, viewer) => {
    await acceptTranslation(viewer, translationId);
    return "Translation accepted.";
  },
);

export const hideClaimAction = validatedAction(
  z.object({
    claimId,
    hidden: z.enum(["true", "false"]),
    reason: z.string().trim().max(500).default(""),
  }),
  async ({ claimId, hidden, reason }, viewer) => {
    await setClaimHidden(viewer, claimId, hidden === "true", reason);
    return hidden === "true" ? "Claim hidden." : "Claim restored.";
  },
);

export const moveClaimAction = validatedAction(
  moveClaimSchema.extend({ claimId }),
  async ({ claimId, ...input }, viewer) => {
    await moveClaim(viewer, claimId, input);
    return "Claim moved.";
  },
);

export const mergeClaimAction = validatedAction(
  mergeClaimSchema.extend({ claimId }),
  async ({ claimId, ...input }, viewer) => {
    await mergeClaim(viewer, claimId, input);
    return "Merged. Its evidence and votes are on the claim kept.";
  },
);
