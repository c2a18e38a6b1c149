"use server";

import { signOut } from "@/auth";
import type { CodesState } from "@/components/account/recovery-codes";
import { deleteAccount } from "@/lib/account/deletion";
import { renewRecoveryCodes } from "@/lib/account/recovery";
import { accountText } from "@/lib/account/text";
import { validatedAction } from "@/lib/action";
import { deleteAccountSchema, renewRecoveryCodesSchema } from "@/lib/validation/account";

export const renewRecoveryCodesAction = validatedAction<
  typeof renewRecoveryCodesSchema,
  CodesState
>(renewRecoveryCodesSchema, async ({ password }, viewer) => ({
  codes: await renewRecoveryCodes(viewer, password),
  message: accountText.recovery.renewed,
}));

export const deleteAccountAction = validatedAction(deleteAccountSchema, async (input, viewer) => {
  await deleteAccount(viewer, input);
  // The session is already void (its version is behind); this clears the cookie and leaves.
  await signOut({ redirectTo: "/account/deleted" });
});
