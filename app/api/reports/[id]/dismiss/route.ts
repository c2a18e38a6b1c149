import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { notFound } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { dismissReport } from "@/lib/moderation-review";
import { dismissSchema } from "@/lib/validation/moderation";

/** Close a report without hiding the item: teachers in their class rooms, admins in public. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/reports/[id]/dismiss">, viewer) => {
    const id = Number((await ctx.params).id);
    if (!Number.isSafeInteger(id) || id <= 0) throw notFound("report");
    const { reason } = dismissSchema.parse(await readJson(request));
    await dismissReport(viewer, id, reason);
    return new NextResponse(null, { status: 204 });
  },
);
