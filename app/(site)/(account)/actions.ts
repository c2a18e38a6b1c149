"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, SignInThrottled, signOut } from "@/auth";
import type { CodesState } from "@/components/account/recovery-codes";
import { signUp } from "@/lib/account/sign-up";
import { invalidForm, parseForm, refused, type ActionState } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { landingAfterPasswordChange } from "@/lib/landing";
import { checkLimit, clientAddress, passwordChangeLimit, recordHit } from "@/lib/rate-limit";
import { sameSitePath, siteOrigin } from "@/lib/edge/same-site";
import { changePassword, mustChangePassword } from "@/lib/users";
import { currentViewer } from "@/lib/session";
import { changePasswordSchema } from "@/lib/validation/classes";
import { signInSchema, signUpSchema, withConfirmation } from "@/lib/validation/users";

/** Only same-site paths: never redirect a user off Agora after signing in. */
const safeNext = async (value: FormDataEntryValue | null) =>
  sameSitePath(value, siteOrigin(await headers()));

type Submission = ReturnType<typeof parseForm>;

// The sign-in throttle lives in Auth.js's authorize (auth.ts), which this reaches.
async function signInWith(
  submission: Submission,
  { username, password }: { username: string; password: string },
  next: string,
  codes?: string[],
): Promise<CodesState> {
  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInThrottled)
      return refused(submission, "Too many failed attempts. Please wait a little and try again.");
    if (!(error instanceof AuthError)) throw error;
    return refused(submission, "That username and password do not match an account.", {
      password: ["Check your password."],
    });
  }
  // A new account sees its recovery codes once before going on.
  if (codes) return { ok: true, codes, username };
  redirect(
    (await mustChangePassword(username))
      ? `/account/password?next=${encodeURIComponent(next)}`
      : next,
  );
}

export async function signInAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const submission = parseForm(signInSchema, formData);
  if (submission.status !== "success") return invalidForm(submission);
  return signInWith(submission, submission.value, await safeNext(formData.get("next")));
}

export async function signUpAction(_previous: CodesState, formData: FormData): Promise<CodesState> {
  const submission = parseForm(signUpSchema, formData);
  if (submission.status !== "success") return invalidForm(submission);
  let codes: string[];
  try {
    codes = (await signUp(submission.value, clientAddress(await headers()))).recoveryCodes;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const taken = error.status === 409 ? { username: [error.message] } : undefined;
    return refused(submission, error.message, taken);
  }
  return signInWith(submission, submission.value, await safeNext(formData.get("next")), codes);
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

export async function changePasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const submission = parseForm(withConfirmation(changePasswordSchema), formData);
  const viewer = await currentViewer();
  if (!viewer) return refused(submission, "Your session has ended. Sign in again to continue.");
  if (submission.status !== "success") return invalidForm(submission);
  // A borrowed session must not be able to guess the current password at leisure.
  const limit = passwordChangeLimit(viewer.id);
  try {
    await checkLimit(limit);
    await changePassword(viewer.id, submission.value, viewer.sessionId ?? null);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.status === 400) await recordHit(limit);
    return refused(submission, error.message, error.fields);
  }
  redirect(await landingAfterPasswordChange(viewer, await safeNext(formData.get("next"))));
}
