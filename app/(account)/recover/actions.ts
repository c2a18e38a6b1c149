"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recoverAccount } from "@/lib/account/recovery";
import { withRecoveryLimit } from "@/lib/account/recovery-limit";
import type { ActionState } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/http";
import { recoverAccountSchema } from "@/lib/validation/account";

/** "Forgot your password?": no session, so it is throttled per account and address instead. */
export async function recoverAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = recoverAccountSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { message: "Please fix the fields marked below.", fields: fieldErrors(parsed.error) };
  if (parsed.data.password !== formData.get("confirm"))
    return { fields: { confirm: ["The two passwords differ."] } };
  try {
    await withRecoveryLimit(parsed.data.username, await headers(), () =>
      recoverAccount(parsed.data),
    );
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, fields: error.fields };
    throw error;
  }
  redirect("/sign-in?recovered=1");
}
