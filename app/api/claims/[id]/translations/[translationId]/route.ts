import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { acceptTranslation } from "@/lib/proposals/edit";

type Ctx = RouteContext<"/api/claims/[id]/translations/[translationId]">;

/** The claim's author or a moderator accepts a suggested translation (POST, no body). */
export const POST = writeRoute(async (_request, ctx: Ctx, viewer) => {
  await acceptTranslation(viewer, (await ctx.params).translationId);
  return new NextResponse(null, { status: 204 });
});
