import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { reportEvidence } from "@/lib/moderation";
import { reportSchema } from "@/lib/validation/moderation";

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/evidence/[id]/report">, viewer) => {
    const { reason } = reportSchema.parse(await readJson(request));
    await reportEvidence(viewer, (await ctx.params).id, reason);
    return new NextResponse(null, { status: 204 });
  },
);
