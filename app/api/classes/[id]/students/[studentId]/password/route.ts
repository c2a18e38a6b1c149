import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { resetStudentPassword } from "@/lib/classes";

export const POST = writeRoute(
  async (
    _request,
    ctx: RouteContext<"/api/classes/[id]/students/[studentId]/password">,
    viewer,
  ) => {
    const { id, studentId } = await ctx.params;
    return NextResponse.json(await resetStudentPassword(viewer, id, studentId));
  },
);
