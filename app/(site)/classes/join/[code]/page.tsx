import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { JoinClassForm } from "@/components/classes/simple-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { joinPreview } from "@/lib/join-preview";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.joinPage"))("title") };
}

/** The join link a teacher shares: sign in (or up), then confirm the class by its name. */
export default async function JoinLinkPage(props: PageProps<"/classes/join/[code]">) {
  const { code } = await props.params;
  if (!(await currentViewer()))
    redirect(`/sign-up?next=${encodeURIComponent(`/classes/join/${code}`)}`);
  const preview = await joinPreview(code);
  const t = await getTranslations("classes.joinPage");
  const name = (chunks: React.ReactNode) => <span translate="no">{chunks}</span>;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">
        {preview ? t.rich("heading", { className: preview.className, name }) : t("title")}
      </h1>
      <p className="mb-4 text-stone-700" data-testid="join-preview">
        {preview ? t.rich("taughtBy", { teacher: preview.teacherName, name }) : t("noMatch")}
      </p>
      <ClientMessages namespaces={["classes"]}>
        <JoinClassForm code={code} />
      </ClientMessages>
    </div>
  );
}
