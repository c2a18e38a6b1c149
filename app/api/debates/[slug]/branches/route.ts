import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http";
import { roomOfRequest } from "@/lib/rooms";
import { currentViewer } from "@/lib/session";
import { branchCounts, branchOfClaim, branchUnder } from "@/lib/tree/branches";
import { slugSchema } from "../../schema";

const claimIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "Not a claim id.");
const querySchema = z.strictObject({
  room: z.string().optional(),
  under: claimIdSchema.optional(),
  below: claimIdSchema.optional(),
  claim: claimIdSchema.optional(),
});

/**
 * The claims the debate page leaves out, on demand (decisions 0032, 0033): readers' claims and
 * the essay's below the page's depth. How many wait under each claim of the page, one branch
 * (`?under=`: readers', `?below=`: the essay's), or the claim of the page whose branches hold a
 * claim (`?claim=`). Members only for a class room.
 */
export const GET = route(
  async (request: Request, ctx: RouteContext<"/api/debates/[slug]/branches">) => {
    const slug = slugSchema.parse((await ctx.params).slug);
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const room = roomOfRequest(request);
    const viewer = await currentViewer();
    if (query.under)
      return NextResponse.json({ claims: await branchUnder(slug, room, viewer, query.under) });
    if (query.below)
      return NextResponse.json({
        claims: await branchUnder(slug, room, viewer, query.below, "essay"),
      });
    if (query.claim)
      return NextResponse.json({ branch: await branchOfClaim(slug, room, viewer, query.claim) });
    return NextResponse.json(await branchCounts(slug, room, viewer));
  },
);
