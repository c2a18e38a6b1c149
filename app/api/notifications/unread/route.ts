import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { unreadCount } from "@/lib/notifications/read";
import { currentViewer } from "@/lib/session";

/** The bell's number: one indexed count, cheap enough to poll (docs/decisions/0025). */
export const GET = route(async () => {
  const viewer = await currentViewer();
  return NextResponse.json({ unread: viewer ? await unreadCount(viewer) : 0 });
});
