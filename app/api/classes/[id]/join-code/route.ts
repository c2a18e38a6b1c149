import { NextResponse } from "next/server";
import { z } from "zod";
import { writeRoute } from "@/lib/api-guard";
import { setJoining } from "@/lib/classes";
import { readJson } from "@/lib/http";

const body = z.object({ action: z.enum(["rotate", "enable", "disable"]) });

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/classes/[id]/join-code">, viewer) => {
    const { action } = body.parse(await readJson(request));
    return NextResponse.json(await setJoining(viewer, (await ctx.params).id, action));
  },
);
