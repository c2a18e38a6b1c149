import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { publicModerationQueue } from "@/lib/moderation";
import { requireViewer } from "@/lib/session";

/** The public rooms' queue, for admins. */
export const GET = route(async () =>
  NextResponse.json(await publicModerationQueue(await requireViewer())),
);
