import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { requestReview } from "@/lib/moderation-review";
import { reviewSchema } from "@/lib/validation/moderation";

/** The author of a hidden item asks its room's moderators to look again (once per hide). */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/evidence/[id]/review">, viewer) => {
    const { message } = reviewSchema.parse(await readJson(request));
    await requestReview(viewer, (await ctx.params).id, message);
    return new NextResponse(null, { status: 204 });
  },
);
