import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { publicModerationQueue } from "@/lib/moderation";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.moderation"))("title") };
}

/** The admins' queue for the public rooms, as a class page's panel is for its teachers. */
export default async function ModerationPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/moderation");
  // Not a page anyone else should learn exists; the data layer refuses them too.
  if (viewer.role !== "admin") notFound();
  const queue = await publicModerationQueue(viewer);
  const t = await getTranslations("people.moderation");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <ModerationQueue queue={queue} />
    </div>
  );
}
