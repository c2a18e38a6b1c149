import { NextResponse } from "next/server";
import { activitySummary } from "@/lib/assignments/activity";
import { route } from "@/lib/http";
import { requireViewer } from "@/lib/session";

export const GET = route(
  async (_request: Request, ctx: RouteContext<"/api/classes/[id]/activity">) =>
    NextResponse.json(await activitySummary(await requireViewer(), (await ctx.params).id)),
);
