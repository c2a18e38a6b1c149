import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { duplicateAssignment } from "@/lib/assignments/edits";

export const POST = writeRoute(
  async (_request, ctx: RouteContext<"/api/assignments/[id]/duplicate">, viewer) =>
    NextResponse.json(await duplicateAssignment(viewer, (await ctx.params).id), { status: 201 }),
);
