import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { setHidden } from "@/lib/moderation";
import { hideSchema } from "@/lib/validation/moderation";

type Ctx = RouteContext<"/api/evidence/[id]/hide">;

/** Hide (POST) or restore (DELETE) an item: teachers in their class rooms, admins in public. */
export const POST = writeRoute(async (request, ctx: Ctx, viewer) => {
  const { reason } = hideSchema.parse(await readJson(request));
  await setHidden(viewer, (await ctx.params).id, true, reason);
  return new NextResponse(null, { status: 204 });
});

export const DELETE = writeRoute(async (_request, ctx: Ctx, viewer) => {
  await setHidden(viewer, (await ctx.params).id, false);
  return new NextResponse(null, { status: 204 });
});
