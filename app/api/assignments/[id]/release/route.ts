import { NextResponse } from "next/server";
import { z } from "zod";
import { writeRoute } from "@/lib/api-guard";
import { releaseGrades } from "@/lib/assignments/grades";
import { readJson } from "@/lib/http";

const body = z.object({ release: z.boolean().default(true) });

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/assignments/[id]/release">, viewer) => {
    const { release } = body.parse(await readJson(request));
    await releaseGrades(viewer, (await ctx.params).id, release);
    return new NextResponse(null, { status: 204 });
  },
);
