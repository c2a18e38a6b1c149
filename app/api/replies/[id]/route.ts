import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { deleteReply, editReply } from "@/lib/replies/write";
import { replyEditSchema } from "@/lib/validation/replies";

type Ctx = RouteContext<"/api/replies/[id]">;

/** Its author edits a reply within 15 minutes of posting it. */
export const PATCH = writeRoute(async (request, ctx: Ctx, viewer) => {
  const { body } = replyEditSchema.parse(await readJson(request));
  await editReply(viewer, (await ctx.params).id, body);
  return new NextResponse(null, { status: 204 });
});

/** Its author deletes a reply: "deleted" stays in its place. */
export const DELETE = writeRoute(async (_request, ctx: Ctx, viewer) => {
  await deleteReply(viewer, (await ctx.params).id);
  return new NextResponse(null, { status: 204 });
});
