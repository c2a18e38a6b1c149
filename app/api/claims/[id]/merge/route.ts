import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { mergeClaim } from "@/lib/proposals/moderate";
import { mergeClaimSchema } from "@/lib/validation/claims";

/** A moderator merges this duplicate into `survivorId`: evidence and votes move there. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/claims/[id]/merge">, viewer) => {
    const input = mergeClaimSchema.parse(await readJson(request));
    await mergeClaim(viewer, (await ctx.params).id, input);
    return new NextResponse(null, { status: 204 });
  },
);
