import { NextResponse } from "next/server";
import { classOverview, roster } from "@/lib/classes";
import { route } from "@/lib/http";
import { requireViewer } from "@/lib/session";

export const GET = route(async (_request: Request, ctx: RouteContext<"/api/classes/[id]">) => {
  const { id } = await ctx.params;
  const viewer = await requireViewer();
  return NextResponse.json({
    ...(await classOverview(id, viewer)),
    members: await roster(id, viewer),
  });
});
