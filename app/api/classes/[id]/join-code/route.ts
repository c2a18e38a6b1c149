import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { setJoining } from "@/lib/classes";
import { readJson } from "@/lib/http";
import { joiningSchema } from "@/lib/validation/classes";

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/join-code">, viewer) => {
    const { action } = joiningSchema.parse(await readJson(request));
    return NextResponse.json(await setJoining(viewer, (await ctx.params).id, action));
  },
);
