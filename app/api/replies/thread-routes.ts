import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson, route } from "@/lib/http";
import { threadFor } from "@/lib/replies/read";
import { postReply } from "@/lib/replies/write";
import { currentViewer } from "@/lib/session";
import { replySchema } from "@/lib/validation/replies";
import { roomOfRequest } from "@/lib/rooms";

type Ctx = { params: Promise<{ id: string }> };

/** GET (the thread) and POST (a reply) for a claim's or an evidence item's discussion. */
export function threadRoutes(kind: "claim" | "evidence") {
  return {
    GET: route(async (request: Request, ctx: Ctx) => {
      const target = { kind, id: (await ctx.params).id };
      return NextResponse.json(
        await threadFor(target, roomOfRequest(request), await currentViewer()),
      );
    }),
    POST: writeRoute(async (request, ctx: Ctx, viewer) => {
      const input = replySchema.parse(await readJson(request));
      const target = { kind, id: (await ctx.params).id };
      return NextResponse.json(await postReply(viewer, target, roomOfRequest(request), input), {
        status: 201,
      });
    }),
  };
}
