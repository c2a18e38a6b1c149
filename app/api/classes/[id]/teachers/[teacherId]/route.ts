import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { removeTeacher } from "@/lib/co-teachers";

export const DELETE = writeRoute(
  async (_request, ctx: RouteContext<"/api/classes/[id]/teachers/[teacherId]">, viewer) => {
    const { id, teacherId } = await ctx.params;
    await removeTeacher(viewer, id, teacherId);
    return new NextResponse(null, { status: 204 });
  },
);
