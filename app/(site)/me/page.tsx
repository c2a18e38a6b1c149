import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Contributions } from "@/components/account/contributions";
import { myContributions } from "@/lib/profile";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.me"))("title") };
}

export default async function MyPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/me");
  const t = await getTranslations("people.me");
  return (
    <>
      {viewer.role === "admin" && (
        <p className="mx-auto mb-6 max-w-3xl">
          <Link href="/moderation" className="underline">
            {t("moderationLink")}
          </Link>
        </p>
      )}
      <Contributions
        name={viewer.name}
        own
        {...await myContributions(viewer)}
        titles={{ evidence: t("evidence"), votes: t("votes") }}
        empty={{ evidence: t("noEvidence"), votes: t("noVotes") }}
      />
    </>
  );
}
