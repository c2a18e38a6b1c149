import { NextResponse } from "next/server";
import { claimDetail } from "@/lib/claims";
import { route } from "@/lib/http";
import { currentViewer } from "@/lib/session";
import { roomOfRequest } from "@/lib/rooms";

/** The claim, its tally and breakdown, its evidence, and the caller's own votes when signed in. */
export const GET = route(async (request: Request, ctx: RouteContext<"/api/claims/[id]">) => {
  const { id } = await ctx.params;
  return NextResponse.json(await claimDetail(id, roomOfRequest(request), await currentViewer()));
});
