import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { createAssignment } from "@/lib/assignments/create";
import { readJson } from "@/lib/http";
import { assignmentSchema } from "@/lib/validation/classes";

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/assignments">, viewer) => {
    const input = assignmentSchema.parse(await readJson(request));
    return NextResponse.json(await createAssignment(viewer, (await ctx.params).id, input), {
      status: 201,
    });
  },
);
