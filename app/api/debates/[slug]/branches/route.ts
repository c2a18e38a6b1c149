import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http";
import { roomOfRequest } from "@/lib/rooms";
import { currentViewer } from "@/lib/session";
import { branchOfClaim, readerBranch, readerBranchCounts } from "@/lib/tree/reader-branches";
import { slugSchema } from "../../schema";

const claimIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "Not a claim id.");
const querySchema = z.strictObject({
  room: z.string().optional(),
  under: claimIdSchema.optional(),
  claim: claimIdSchema.optional(),
});

/**
 * Readers' claims in a room, on demand (decision 0032): how many hang under each of the essay's
 * claims, one branch (`?under=`), or which branch holds a claim (`?claim=`). Members only for a
 * class room.
 */
export const GET = route(
  async (request: Request, ctx: RouteContext<"/api/debates/[slug]/branches">) => {
    const slug = slugSchema.parse((await ctx.params).slug);
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const room = roomOfRequest(request);
    const viewer = await currentViewer();
    if (query.under)
      return NextResponse.json({ claims: await readerBranch(slug, room, viewer, query.under) });
    if (query.claim)
      return NextResponse.json({ branch: await branchOfClaim(slug, room, viewer, query.claim) });
    return NextResponse.json({ counts: await readerBranchCounts(slug, room, viewer) });
  },
);
