import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { setReplyHidden } from "@/lib/replies/moderation";
import { replyHideSchema } from "@/lib/validation/replies";

type Ctx = RouteContext<"/api/replies/[id]/hide">;

/** Hide (POST) or restore (DELETE) a reply: teachers in their class rooms, admins in public. */
export const POST = writeRoute(async (request, ctx: Ctx, viewer) => {
  const { reason } = replyHideSchema.parse(await readJson(request));
  await setReplyHidden(viewer, (await ctx.params).id, true, reason);
  return new NextResponse(null, { status: 204 });
});

export const DELETE = writeRoute(async (_request, ctx: Ctx, viewer) => {
  await setReplyHidden(viewer, (await ctx.params).id, false);
  return new NextResponse(null, { status: 204 });
});
