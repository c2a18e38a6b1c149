"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, SignInThrottled, signOut } from "@/auth";
import type { CodesState } from "@/components/account/recovery-codes";
import { issueRecoveryCodes } from "@/lib/account/recovery";
import type { ActionState } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { landingAfterPasswordChange } from "@/lib/landing";
import { fieldErrors } from "@/lib/http";
import {
  checkLimit,
  clientAddress,
  passwordChangeLimit,
  recordHit,
  signUpLimit,
} from "@/lib/rate-limit";
import { sameSitePath, siteOrigin } from "@/lib/edge/same-site";
import { changePassword, createAccount, mustChangePassword } from "@/lib/users";
import { currentViewer } from "@/lib/session";
import { changePasswordSchema } from "@/lib/validation/classes";
import { signInSchema, signUpSchema } from "@/lib/validation/users";

/** Only same-site paths: never redirect a user off Agora after signing in. */
const safeNext = async (value: FormDataEntryValue | null) =>
  sameSitePath(value, siteOrigin(await headers()));

// The sign-in throttle lives in Auth.js's authorize (auth.ts), which this reaches.
async function signInWith(
  username: string,
  password: string,
  next: string,
  codes?: string[],
): Promise<CodesState> {
  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInThrottled)
      return { message: "Too many failed attempts. Please wait a little and try again." };
    if (!(error instanceof AuthError)) throw error;
    return {
      message: "That username and password do not match an account.",
      fields: { password: ["Check your password."] },
    };
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
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { message: "Please fix the fields marked below.", fields: fieldErrors(parsed.error) };
  return signInWith(
    parsed.data.username,
    parsed.data.password,
    await safeNext(formData.get("next")),
  );
}

export async function signUpAction(_previous: CodesState, formData: FormData): Promise<CodesState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { message: "Please fix the fields marked below.", fields: fieldErrors(parsed.error) };
  let codes: string[];
  try {
    const limit = signUpLimit(clientAddress(await headers()));
    await checkLimit(limit);
    await recordHit(limit);
    codes = await issueRecoveryCodes((await createAccount(parsed.data)).id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      message: error.message,
      fields: error.status === 409 ? { username: [error.message] } : undefined,
    };
  }
  return signInWith(
    parsed.data.username,
    parsed.data.password,
    await safeNext(formData.get("next")),
    codes,
  );
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

export async function changePasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const viewer = await currentViewer();
  if (!viewer) return { message: "Your session has ended. Sign in again to continue." };
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { message: "Please fix the fields marked below.", fields: fieldErrors(parsed.error) };
  if (parsed.data.password !== formData.get("confirm"))
    return { fields: { confirm: ["The two passwords differ."] } };
  // A borrowed session must not be able to guess the current password at leisure.
  const limit = passwordChangeLimit(viewer.id);
  try {
    await checkLimit(limit);
    await changePassword(viewer.id, parsed.data, viewer.sessionId ?? null);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.status === 400) await recordHit(limit);
    return { message: error.message, fields: error.fields };
  }
  redirect(await landingAfterPasswordChange(viewer, await safeNext(formData.get("next"))));
}
