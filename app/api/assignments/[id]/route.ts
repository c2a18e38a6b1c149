import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { deleteAssignment, updateAssignment } from "@/lib/assignments/edits";
import { readJson } from "@/lib/http";
import { assignmentSchema } from "@/lib/validation/classes";

export const PUT = writeRoute(
  async (request, ctx: RouteContext<"/api/assignments/[id]">, viewer) => {
    const input = assignmentSchema.parse(await readJson(request));
    return NextResponse.json(await updateAssignment(viewer, (await ctx.params).id, input));
  },
);

export const DELETE = writeRoute(
  async (_request, ctx: RouteContext<"/api/assignments/[id]">, viewer) => {
    await deleteAssignment(viewer, (await ctx.params).id);
    return new NextResponse(null, { status: 204 });
  },
);
