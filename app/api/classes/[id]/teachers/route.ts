import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { addCoTeacher } from "@/lib/classes";
import { readJson } from "@/lib/http";
import { coTeacherSchema } from "@/lib/validation/classes";

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/teachers">, viewer) => {
    const { username } = coTeacherSchema.parse(await readJson(request));
    await addCoTeacher(viewer, (await ctx.params).id, username);
    return new NextResponse(null, { status: 204 });
  },
);
