import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { removeStudent } from "@/lib/classes";

export const DELETE = writeRoute(
  async (_request, ctx: RouteContext<"/api/classes/[id]/students/[studentId]">, viewer) => {
    const { id, studentId } = await ctx.params;
    await removeStudent(viewer, id, studentId);
    return new NextResponse(null, { status: 204 });
  },
);
