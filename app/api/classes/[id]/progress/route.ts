import { NextResponse } from "next/server";
import { classProgress } from "@/lib/assignments/progress";
import { route } from "@/lib/http";
import { requireViewer } from "@/lib/session";

export const GET = route(
  async (_request: Request, ctx: RouteContext<"/api/classes/[id]/progress">) =>
    NextResponse.json({
      assignments: await classProgress(await requireViewer(), (await ctx.params).id),
    }),
);
