import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { renewRecoveryCodes } from "@/lib/account/recovery";
import { readJson } from "@/lib/http";
import { renewRecoveryCodesSchema } from "@/lib/validation/account";

/** `{password}` → `{codes}`: ten new recovery codes; the old set stops working. */
export const POST = writeRoute(async (request, _ctx, viewer) => {
  const { password } = renewRecoveryCodesSchema.parse(await readJson(request));
  return NextResponse.json({ codes: await renewRecoveryCodes(viewer, password) });
});
