import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/http";
import { checkLimit, clientAddress, recordHit, signUpLimit } from "@/lib/rate-limit";
import { assertSameOrigin } from "@/lib/api-guard";
import { createAccount } from "@/lib/users";
import { signUpSchema } from "@/lib/validation/users";

/** Sign-up: `{username, password, displayName}` → 201 `{id, username, displayName}`. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const limit = signUpLimit(clientAddress(request.headers));
  await checkLimit(limit);
  const input = signUpSchema.parse(await readJson(request));
  await recordHit(limit);
  return NextResponse.json(await createAccount(input), { status: 201 });
});
