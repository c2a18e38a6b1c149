import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { currentViewer } from "@/lib/session";
import { standOnClaim } from "@/lib/stand/claim";
import { roomOfRequest } from "@/lib/rooms";

/** Where people stand on the claim: how many answered, and both answers' distributions. */
export const GET = route(async (request: Request, ctx: RouteContext<"/api/claims/[id]/stand">) => {
  const { id } = await ctx.params;
  return NextResponse.json(await standOnClaim(id, roomOfRequest(request), await currentViewer()), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
