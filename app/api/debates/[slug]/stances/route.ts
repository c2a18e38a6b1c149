import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson, route } from "@/lib/http";
import { currentViewer } from "@/lib/session";
import { mindChanges } from "@/lib/mind/summary";
import { myStance, recordStance } from "@/lib/stances";
import { thesisStanceSchema } from "@/lib/validation/stances";
import { roomOfRequest } from "@/lib/rooms";

type Ctx = RouteContext<"/api/debates/[slug]/stances">;

/** How minds moved in the room, and the caller's own stances when signed in. */
export const GET = route(async (request: Request, ctx: Ctx) => {
  const { slug } = await ctx.params;
  const room = roomOfRequest(request);
  const viewer = await currentViewer();
  const [summary, mine] = await Promise.all([
    mindChanges(slug, room, viewer),
    viewer ? myStance(viewer, slug, room) : Promise.resolve(null),
  ]);
  return NextResponse.json(
    { summary, mine },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});

/** `{phase: "before" | "now", stance: -2..2}` → `201 {before, now}`. */
export const POST = writeRoute(async (request, ctx: Ctx, viewer) => {
  const input = thesisStanceSchema.parse(await readJson(request));
  const { slug } = await ctx.params;
  return NextResponse.json(await recordStance(viewer, slug, roomOfRequest(request), input), {
    status: 201,
  });
});
