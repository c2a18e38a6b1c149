import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NotificationList } from "@/components/notifications/notification-list";
import { listNotifications } from "@/lib/notifications/read";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/notifications");
  return (
    <section className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <NotificationList notifications={await listNotifications(viewer)} />
    </section>
  );
}
