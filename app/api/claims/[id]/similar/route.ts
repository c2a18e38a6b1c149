import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { similarUnder } from "@/lib/proposals/propose";
import { similarQuerySchema } from "@/lib/validation/claims";
import { roomOfRequest } from "@/lib/rooms";

/** "Is yours one of these?": the claims under this one most alike to a wording, before saving. */
export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/claims/[id]/similar">, viewer) => {
    const wording = similarQuerySchema.parse(await readJson(request));
    const similar = await similarUnder(
      viewer,
      (await ctx.params).id,
      roomOfRequest(request),
      wording,
    );
    return NextResponse.json({ similar });
  },
);
