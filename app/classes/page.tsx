import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import Link from "next/link";
import { redirect } from "next/navigation";
import { answerInvitationAction } from "@/app/classes/actions";
import { CreateClassForm, JoinClassForm } from "@/components/classes/simple-forms";
import { ActionButton } from "@/components/forms/action-button";
import { myClasses } from "@/lib/classes";
import { myInvitations } from "@/lib/co-teachers";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/classes");
  const [classes, invitations] = await Promise.all([myClasses(viewer), myInvitations(viewer)]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold">Classes</h1>
      {invitations.length > 0 && (
        <Panel id="invitations" title="Invitations to co-teach">
          <ul className="space-y-3">
            {invitations.map((i) => (
              <li key={i.classId} className="space-y-2 text-sm">
                <p>
                  {i.invitedBy} invites you to teach <strong>{i.className}</strong>.
                  {i.studentOfTheClass &&
                    " You are a student in this class: accepting ends your student enrolment (your work in its rooms stays; its to-do list and grades no longer apply to you)."}
                </p>
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={answerInvitationAction}
                    fields={{ classId: i.classId, answer: "accept" }}
                    label="Accept"
                  />
                  <ActionButton
                    action={answerInvitationAction}
                    fields={{ classId: i.classId, answer: "decline" }}
                    label="Decline"
                  />
                </div>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {classes.length === 0 ? (
        <p className="text-stone-700">
          You are not in a class yet. Create one to teach, or join one with a code.
        </p>
      ) : (
        <ul className="space-y-2">
          {classes.map((c) => (
            <li
              key={c.id}
              className="flex items-center justify-between rounded-md border border-stone-200 bg-white p-3"
            >
              <Link href={`/classes/${c.id}`} className="font-medium underline">
                {c.name}
              </Link>
              <span className="text-sm text-stone-700">
                {c.role === "teacher" ? "Teacher" : "Student"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="create" title="Create a class">
          <CreateClassForm />
        </Panel>
        <Panel id="join" title="Join a class">
          <JoinClassForm />
        </Panel>
      </div>
    </div>
  );
}
