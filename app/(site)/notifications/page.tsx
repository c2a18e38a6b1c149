import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NotificationList } from "@/components/notifications/notification-list";
import { listNotifications } from "@/lib/notifications/read";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/notifications");
  const t = await getTranslations("notifications");
  return (
    <section className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["notifications"]}>
        <NotificationList notifications={await listNotifications(viewer)} />
      </ClientMessages>
    </section>
  );
}
