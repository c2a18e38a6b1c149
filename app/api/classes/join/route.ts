import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { joinWithCode } from "@/lib/classes";
import { readJson } from "@/lib/http";
import { joinSchema } from "@/lib/validation/classes";

export const POST = writeRoute(async (request, _ctx: unknown, viewer) => {
  const { code } = joinSchema.parse(await readJson(request));
  return NextResponse.json(await joinWithCode(viewer, code));
});
