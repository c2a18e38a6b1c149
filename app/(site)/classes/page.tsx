import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/panel";
import Link from "next/link";
import { redirect } from "next/navigation";
import { answerInvitationAction } from "@/app/(site)/classes/actions";
import { CreateClassForm, JoinClassForm } from "@/components/classes/simple-forms";
import { ActionButton } from "@/components/forms/action-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { myClasses } from "@/lib/classes";
import { myInvitations } from "@/lib/co-teachers";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.list"))("title") };
}

export default async function ClassesPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/classes");
  const [classes, invitations] = await Promise.all([myClasses(viewer), myInvitations(viewer)]);
  const t = await getTranslations("classes.list");
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {invitations.length > 0 && (
        <Panel id="invitations" title={t("invitations")}>
          <ul className="space-y-3">
            {invitations.map((i) => (
              <li key={i.classId} className="space-y-2 text-sm">
                <p>
                  {t.rich("invites", {
                    by: i.invitedBy,
                    className: i.className,
                    name: (chunks) => <span translate="no">{chunks}</span>,
                    strong: (chunks) => <strong translate="no">{chunks}</strong>,
                  })}
                  {i.studentOfTheClass && t("studentOfTheClass")}
                </p>
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={answerInvitationAction}
                    fields={{ classId: i.classId, answer: "accept" }}
                    label={t("accept")}
                  />
                  <ActionButton
                    action={answerInvitationAction}
                    fields={{ classId: i.classId, answer: "decline" }}
                    label={t("decline")}
                  />
                </div>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {classes.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {classes.map((c) => (
            <li
              key={c.id}
              className="flex items-center justify-between rounded-md border border-stone-200 bg-white p-3"
            >
              <Link href={`/classes/${c.id}`} className="font-medium underline" translate="no">
                {c.name}
              </Link>
              <span className="text-sm text-stone-700">
                {c.role === "teacher" ? t("teacher") : t("student")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ClientMessages namespaces={["classes"]}>
        <div className="grid gap-6 md:grid-cols-2">
          <Panel id="create" title={t("create")}>
            <CreateClassForm />
          </Panel>
          <Panel id="join" title={t("join")}>
            <JoinClassForm />
          </Panel>
        </div>
      </ClientMessages>
    </div>
  );
}
