"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recoverAccount } from "@/lib/account/recovery";
import { withRecoveryLimit } from "@/lib/account/recovery-limit";
import { invalidForm, parseForm, refused, type ActionState } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { recoverAccountSchema } from "@/lib/validation/account";
import { withConfirmation } from "@/lib/validation/users";

/** "Forgot your password?": no session, so it is throttled per account and address instead. */
export async function recoverAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const submission = parseForm(withConfirmation(recoverAccountSchema), formData);
  if (submission.status !== "success") return invalidForm(submission);
  const input = submission.value;
  try {
    await withRecoveryLimit(input.username, await headers(), () => recoverAccount(input));
  } catch (error) {
    if (error instanceof AppError) return refused(submission, error.message, error.fields);
    throw error;
  }
  redirect("/sign-in?recovered=1");
}
