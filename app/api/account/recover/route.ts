import { NextResponse } from "next/server";
import { recoverAccount } from "@/lib/account/recovery";
import { withRecoveryLimit } from "@/lib/account/recovery-limit";
import { assertSameOrigin } from "@/lib/api-guard";
import { readJson, route } from "@/lib/http";
import { recoverAccountSchema } from "@/lib/validation/account";

/** `{username, code, password}` → `{ok: true}`: the code is spent, every session ends. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const input = recoverAccountSchema.parse(await readJson(request));
  await withRecoveryLimit(input.username, request.headers, () => recoverAccount(input));
  return NextResponse.json({ ok: true });
});
