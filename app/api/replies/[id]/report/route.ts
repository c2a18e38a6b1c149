import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { reportReply } from "@/lib/replies/moderation";
import { replyReportSchema } from "@/lib/validation/replies";

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/replies/[id]/report">, viewer) => {
    const { reason } = replyReportSchema.parse(await readJson(request));
    await reportReply(viewer, (await ctx.params).id, reason);
    return new NextResponse(null, { status: 204 });
  },
);
