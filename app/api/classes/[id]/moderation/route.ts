import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { moderationQueue } from "@/lib/moderation";
import { requireViewer } from "@/lib/session";

export const GET = route(
  async (_request: Request, ctx: RouteContext<"/api/classes/[id]/moderation">) =>
    NextResponse.json(await moderationQueue(await requireViewer(), (await ctx.params).id)),
);
