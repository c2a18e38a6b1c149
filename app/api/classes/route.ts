import { NextResponse } from "next/server";
import { writeRoute } from "@/lib/api-guard";
import { createClass, myClasses } from "@/lib/classes";
import { myInvitations } from "@/lib/co-teachers";
import { readJson, route } from "@/lib/http";
import { requireViewer } from "@/lib/session";
import { classSchema } from "@/lib/validation/classes";

export const GET = route(async () => {
  const viewer = await requireViewer();
  return NextResponse.json({
    classes: await myClasses(viewer),
    invitations: await myInvitations(viewer),
  });
});

export const POST = writeRoute(async (request, _ctx: unknown, viewer) => {
  const input = classSchema.parse(await readJson(request));
  return NextResponse.json(await createClass(viewer, input), { status: 201 });
});
