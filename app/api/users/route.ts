import { NextResponse } from "next/server";
import { signUp } from "@/lib/account/sign-up";
import { readJson, route } from "@/lib/http";
import { clientAddress } from "@/lib/rate-limit";
import { assertSameOrigin } from "@/lib/api-guard";
import { signUpSchema } from "@/lib/validation/users";

/** Sign-up: `{username, password, displayName}` → 201 `{id, username, displayName, recoveryCodes}`. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const input = signUpSchema.parse(await readJson(request));
  return NextResponse.json(await signUp(input, clientAddress(request.headers)), { status: 201 });
});
