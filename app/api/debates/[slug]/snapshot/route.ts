import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { roomSnapshot } from "@/lib/room-snapshot";
import { currentViewer } from "@/lib/session";
import { roomOfRequest } from "@/lib/rooms";
import { slugSchema } from "../../schema";

/** A room's scores, thesis history and (class rooms) verdicts and banner; members only. */
export const GET = route(
  async (request: Request, ctx: RouteContext<"/api/debates/[slug]/snapshot">) => {
    const slug = slugSchema.parse((await ctx.params).slug);
    return NextResponse.json(
      await roomSnapshot(slug, roomOfRequest(request), await currentViewer()),
    );
  },
);
