import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { listNotifications, unreadCount } from "@/lib/notifications/read";
import { requireViewer } from "@/lib/session";

/** The viewer's latest notifications (newest first) and the unread count. */
export const GET = route(async () => {
  const viewer = await requireViewer();
  const [unread, notifications] = await Promise.all([
    unreadCount(viewer),
    listNotifications(viewer),
  ]);
  return NextResponse.json({ unread, notifications });
});
