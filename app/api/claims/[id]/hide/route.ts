import { NextResponse } from "next/server";
import { z } from "zod";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { setClaimHidden } from "@/lib/proposals/moderate";
import { CLAIM_LIMITS } from "@/lib/limits";

type Ctx = RouteContext<"/api/claims/[id]/hide">;
const body = z.object({ reason: z.string().trim().max(CLAIM_LIMITS.reason).default("") });

/** Hide (POST) or restore (DELETE) a reader's claim: teachers in class rooms, admins in public. */
export const POST = writeRoute(async (request, ctx: Ctx, viewer) => {
  const { reason } = body.parse(await readJson(request));
  await setClaimHidden(viewer, (await ctx.params).id, true, reason);
  return new NextResponse(null, { status: 204 });
});

export const DELETE = writeRoute(async (_request, ctx: Ctx, viewer) => {
  await setClaimHidden(viewer, (await ctx.params).id, false);
  return new NextResponse(null, { status: 204 });
});
