import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { readJson } from "@/lib/http";
import { markRead } from "@/lib/notifications/read";
import { markReadSchema } from "@/lib/validation/notifications";

/** Marks notifications read: `{ids: [..]}` or `{all: true}`. */
export const POST = writeRoute(async (request, _ctx: unknown, viewer) => {
  const input = markReadSchema.parse(await readJson(request));
  await markRead(viewer, "all" in input ? "all" : input.ids);
  return new NextResponse(null, { status: 204 });
});
