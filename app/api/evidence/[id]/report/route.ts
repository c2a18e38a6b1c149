import { NextResponse } from "next/server";
import { z } from "zod";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { reportEvidence } from "@/lib/moderation";

const body = z.object({
  reason: z.string("Say what is wrong.").trim().min(1, "Say what is wrong.").max(1000),
});

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/evidence/[id]/report">, viewer) => {
    const { reason } = body.parse(await readJson(request));
    await reportEvidence(viewer, (await ctx.params).id, reason);
    return new NextResponse(null, { status: 204 });
  },
);
