import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { addEvidence } from "@/lib/evidence";
import { readJson } from "@/lib/http";
import { evidenceSchema } from "@/lib/validation/evidence";
import { roomOfRequest } from "@/lib/rooms";

export const POST = writeRoute(
  async (request, ctx: RouteContext<"/api/claims/[id]/evidence">, viewer) => {
    const input = evidenceSchema.parse(await readJson(request));
    const item = await addEvidence(viewer, (await ctx.params).id, roomOfRequest(request), input);
    return NextResponse.json(item, { status: 201 });
  },
);
