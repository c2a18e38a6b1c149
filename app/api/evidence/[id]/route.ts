import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { deleteEvidence, editEvidence } from "@/lib/evidence";
import { readJson } from "@/lib/http";
import { evidencePatchSchema } from "@/lib/validation/evidence";

type Ctx = RouteContext<"/api/evidence/[id]">;

export const PATCH = writeRoute(async (request, ctx: Ctx, viewer) => {
  const patch = evidencePatchSchema.parse(await readJson(request));
  return NextResponse.json(await editEvidence(viewer, (await ctx.params).id, patch));
});

export const DELETE = writeRoute(async (_request, ctx: Ctx, viewer) => {
  await deleteEvidence(viewer, (await ctx.params).id);
  return new NextResponse(null, { status: 204 });
});
