import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { publicModerationQueue } from "@/lib/moderation";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Moderation" };

/** The admins' queue for the public rooms, as a class page's panel is for its teachers. */
export default async function ModerationPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/moderation");
  // Not a page anyone else should learn exists; the data layer refuses them too.
  if (viewer.role !== "admin") notFound();
  const queue = await publicModerationQueue(viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Moderation of the public rooms</h1>
      <p className="text-stone-700">
        Reports and review requests from every debate&apos;s public room. Class rooms are moderated
        by their teachers.
      </p>
      <ModerationQueue queue={queue} />
    </div>
  );
}
