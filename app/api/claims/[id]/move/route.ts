import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { moveClaim } from "@/lib/proposals/moderate";
import { moveClaimSchema } from "@/lib/validation/claims";

/** A moderator moves a reader's claim (with its branch) under another claim of its room. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/claims/[id]/move">, viewer) => {
    const input = moveClaimSchema.parse(await readJson(request));
    await moveClaim(viewer, (await ctx.params).id, input);
    return new NextResponse(null, { status: 204 });
  },
);
