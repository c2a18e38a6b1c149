import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { claimDetail } from "@/lib/claims";
import { readJson } from "@/lib/http";
import { proposeClaim } from "@/lib/proposals/propose";
import { proposalSchema } from "@/lib/validation/claims";
import { roomOfRequest } from "@/lib/rooms";

/** Propose a pro or con under the claim, in `?room=` (the public room when absent). */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/claims/[id]/claims">, viewer) => {
    const input = proposalSchema.parse(await readJson(request));
    const { id, roomId } = await proposeClaim(
      viewer,
      (await ctx.params).id,
      roomOfRequest(request),
      input,
    );
    return NextResponse.json(await claimDetail(id, roomId, viewer, { justProposed: true }), {
      status: 201,
    });
  },
);
