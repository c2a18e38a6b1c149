import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { giveFeedback } from "@/lib/assignments/grades";
import { readJson } from "@/lib/http";
import { feedbackSchema } from "@/lib/validation/classes";

export const PUT = writeRoute(
  async (request, ctx: RouteContext<"/api/assignments/[id]/feedback">, viewer) => {
    const input = feedbackSchema.parse(await readJson(request));
    await giveFeedback(viewer, (await ctx.params).id, input);
    return new NextResponse(null, { status: 204 });
  },
);
