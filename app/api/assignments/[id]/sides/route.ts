import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { setStudentSide } from "@/lib/assignments/edits";
import { readJson } from "@/lib/http";
import { sideSchema } from "@/lib/validation/classes";

export const PUT = writeRoute(
  async (request, ctx: RouteContext<"/api/assignments/[id]/sides">, viewer) => {
    const input = sideSchema.parse(await readJson(request));
    await setStudentSide(viewer, (await ctx.params).id, input);
    return new NextResponse(null, { status: 204 });
  },
);
