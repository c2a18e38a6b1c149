import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { inviteCoTeacher } from "@/lib/co-teachers";
import { readJson } from "@/lib/http";
import { coTeacherSchema } from "@/lib/validation/classes";

/** `{username}` → 201: an invitation; they teach once they accept it. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/teachers">, viewer) => {
    const { username } = coTeacherSchema.parse(await readJson(request));
    const invited = await inviteCoTeacher(viewer, (await ctx.params).id, username);
    return NextResponse.json({ invited: username, ...invited }, { status: 201 });
  },
);
