import "server-only";
import { checkLimit, recordHit, signUpLimit } from "@/lib/rate-limit";
import { createAccount } from "@/lib/users";
import type { SignUpInput } from "@/lib/validation/users";
import { issueRecoveryCodes } from "./recovery";

/**
 * A new account and its ten recovery codes, counted against the address's sign-up budget
 * (successful or not): the one path for the sign-up form and `POST /api/users`.
 */
export async function signUp(input: SignUpInput, address: string) {
  const limit = signUpLimit(address);
  await checkLimit(limit);
  await recordHit(limit);
  const user = await createAccount(input);
  return { ...user, recoveryCodes: await issueRecoveryCodes(user.id) };
}
