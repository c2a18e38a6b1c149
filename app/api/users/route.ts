import { NextResponse } from "next/server";
import { issueRecoveryCodes } from "@/lib/account/recovery";
import { readJson, route } from "@/lib/http";
import { checkLimit, clientAddress, recordHit, signUpLimit } from "@/lib/rate-limit";
import { assertSameOrigin } from "@/lib/api-guard";
import { createAccount } from "@/lib/users";
import { signUpSchema } from "@/lib/validation/users";

/** Sign-up: `{username, password, displayName}` → 201 `{id, username, displayName, recoveryCodes}`. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const limit = signUpLimit(clientAddress(request.headers));
  await checkLimit(limit);
  const input = signUpSchema.parse(await readJson(request));
  await recordHit(limit);
  const user = await createAccount(input);
  return NextResponse.json(
    { ...user, recoveryCodes: await issueRecoveryCodes(user.id) },
    { status: 201 },
  );
});
