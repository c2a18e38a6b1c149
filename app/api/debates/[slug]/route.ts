import { NextResponse } from "next/server";
import { getDebate } from "@/lib/debates";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { currentViewer } from "@/lib/session";
import { roomOfRequest } from "@/lib/rooms";
import { slugSchema } from "../schema";

export const GET = route(async (request: Request, ctx: RouteContext<"/api/debates/[slug]">) => {
  const slug = slugSchema.safeParse((await ctx.params).slug);
  const debate = slug.success
    ? await getDebate(slug.data, { roomId: roomOfRequest(request), viewer: await currentViewer() })
    : null;
  if (!debate) throw new AppError(404, "No debate by that name.");
  return NextResponse.json(debate);
});
