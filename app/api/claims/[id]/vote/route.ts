import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { claimVoteSchema } from "@/lib/validation/evidence";
import { voteOnClaim } from "@/lib/votes";
import { roomOfRequest } from "@/lib/rooms";

type Ctx = RouteContext<"/api/claims/[id]/vote">;

/** `{agreement?, impact?}`: omitted answers are kept, null clears one. */
export const PUT = writeRoute(async (request, ctx: Ctx, viewer) => {
  const answers = claimVoteSchema.parse(await readJson(request));
  return NextResponse.json(
    await voteOnClaim(viewer, (await ctx.params).id, roomOfRequest(request), answers),
  );
});

export const DELETE = writeRoute(async (request, ctx: Ctx, viewer) => {
  return NextResponse.json(
    await voteOnClaim(viewer, (await ctx.params).id, roomOfRequest(request), {
      agreement: null,
      impact: null,
    }),
  );
});
