import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Contributions } from "@/components/account/contributions";
import { PrivateRoom } from "@/components/private-room";
import { loadRoom } from "@/lib/page-room";
import { studentContributions } from "@/lib/profile";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.studentPage"))("title") };
}

/** For teachers: one student's evidence and votes in the class's rooms. */
export default async function StudentPage(props: PageProps<"/classes/[id]/students/[studentId]">) {
  const { id, studentId } = await props.params;
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?next=/classes/${id}/students/${studentId}`);
  const loaded = await loadRoom(() => studentContributions(viewer, id, studentId));
  if (loaded.error) return <PrivateRoom error={loaded.error} next={`/classes/${id}`} />;
  const t = await getTranslations("classes.studentPage");
  return (
    <div className="space-y-4">
      <Link href={`/classes/${id}`} className="text-sm underline">
        {t("back")}
      </Link>
      <Contributions
        {...loaded.data}
        titles={{ evidence: t("evidence"), votes: t("votes") }}
        empty={{ evidence: t("noEvidence"), votes: t("noVotes") }}
      />
    </div>
  );
}
