import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { evidenceVoteSchema } from "@/lib/validation/evidence";
import { rateEvidence } from "@/lib/votes";

type Ctx = RouteContext<"/api/evidence/[id]/vote">;

export const PUT = writeRoute(async (request, ctx: Ctx, viewer) => {
  const { strength } = evidenceVoteSchema.parse(await readJson(request));
  return NextResponse.json(await rateEvidence(viewer, (await ctx.params).id, strength));
});

export const DELETE = writeRoute(async (_request, ctx: Ctx, viewer) => {
  return NextResponse.json(await rateEvidence(viewer, (await ctx.params).id, null));
});
