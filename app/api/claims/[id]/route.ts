import { NextResponse } from "next/server";
import { claimDetail } from "@/lib/claims";
import { writeRoute } from "@/lib/api-guard";
import { readJson, route } from "@/lib/http";
import { editClaim } from "@/lib/proposals/edit";
import { claimPatchSchema } from "@/lib/validation/claims";
import { currentViewer } from "@/lib/session";
import { roomOfRequest } from "@/lib/rooms";

/** The claim, its tally and breakdown, its evidence, and the caller's own votes when signed in. */
export const GET = route(async (request: Request, ctx: RouteContext<"/api/claims/[id]">) => {
  const { id } = await ctx.params;
  return NextResponse.json(await claimDetail(id, roomOfRequest(request), await currentViewer()));
});

/** Its author changes a reader's claim, until someone votes on it or adds evidence (409 then). */
export const PATCH = writeRoute(async (request, ctx: RouteContext<"/api/claims/[id]">, viewer) => {
  const { id } = await ctx.params;
  await editClaim(viewer, id, claimPatchSchema.parse(await readJson(request)));
  return NextResponse.json(await claimDetail(id, roomOfRequest(request), viewer));
});
