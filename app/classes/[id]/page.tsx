import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import Link from "next/link";
import { redirect } from "next/navigation";
import {
  removeStudentAction,
  removeTeacherAction,
  resetPasswordAction,
} from "@/app/classes/actions";
import { AssignmentForm, type DebateChoice } from "@/components/classes/assignment-form";
import { JoinPanel } from "@/components/classes/join-panel";
import { RefreshOnTally } from "@/components/live/refresh-on-tally";
import { ProgressTable } from "@/components/classes/progress-table";
import { CoTeacherForm } from "@/components/classes/simple-forms";
import { StudentAccountsForm } from "@/components/classes/student-accounts-form";
import { TodoList } from "@/components/classes/todo-list";
import { ActionButton } from "@/components/forms/action-button";
import { PrivateRoom } from "@/components/private-room";
import { activitySummary } from "@/lib/assignments/activity";
import { classProgress } from "@/lib/assignments/progress";
import { todoFor } from "@/lib/assignments/todo";
import { classOverview, roster } from "@/lib/classes";
import { getDebate } from "@/lib/debates";
import { pendingInvitations } from "@/lib/co-teachers";
import { moderationQueue } from "@/lib/moderation";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { loadRoom } from "@/lib/page-room";
import { currentViewer, type Viewer } from "@/lib/session";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage(props: PageProps<"/classes/[id]">) {
  const { id } = await props.params;
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?next=/classes/${id}`);
  const loaded = await loadRoom(() => classOverview(id, viewer));
  if (loaded.error) return <PrivateRoom error={loaded.error} next={`/classes/${id}`} />;
  const klass = loaded.data;
  const members = await roster(id, viewer);
  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{klass.name}</h1>
        <p className="text-stone-700">
          {klass.role === "teacher" ? "You teach this class." : "You are a student in this class."}
          {klass.anonymous && " Anonymous mode: students see each other under pseudonyms."}
        </p>
        <ul className="flex flex-wrap gap-3 pt-2">
          {klass.rooms.map((r) => (
            <li key={r.id}>
              <Link
                href={`/debates/${r.slug}?room=${r.id}`}
                className="rounded-md border border-stone-400 px-3 py-1.5 text-sm"
              >
                Class room: {r.titleEn}
              </Link>
            </li>
          ))}
        </ul>
      </header>
      {klass.role === "teacher" ? (
        <TeacherView klass={klass} members={members} viewer={viewer} />
      ) : (
        <section aria-labelledby="todo-heading" className="space-y-3">
          <h2 id="todo-heading" className="text-xl font-semibold">
            Your to-do list
          </h2>
          <TodoList todo={await todoFor(viewer, id)} />
        </section>
      )}
      <Roster members={members} classId={id} teacher={klass.role === "teacher"} />
    </div>
  );
}

type Overview = Awaited<ReturnType<typeof classOverview>>;

/** The debates the class has rooms for, with their claims, for the assignment form. */
async function debateChoices(rooms: Overview["rooms"]): Promise<DebateChoice[]> {
  const debates = await Promise.all(rooms.map((r) => getDebate(r.slug)));
  return debates.flatMap((d) =>
    d
      ? [
          {
            slug: d.slug,
            titleEn: d.titleEn,
            claims: d.claims.map((c) => ({ id: c.id, textEn: c.textEn })),
          },
        ]
      : [],
  );
}
type Members = Awaited<ReturnType<typeof roster>>;

async function TeacherView({
  klass,
  members,
  viewer,
}: {
  klass: Overview;
  members: Members;
  viewer: Viewer;
}) {
  const [progress, activity, moderation, debates, invited] = await Promise.all([
    classProgress(viewer, klass.id),
    activitySummary(viewer, klass.id),
    moderationQueue(viewer, klass.id),
    debateChoices(klass.rooms),
    pendingInvitations(viewer, klass.id),
  ]);
  const students = members
    .filter((m) => m.role === "student")
    .map((s) => ({ id: s.id, name: s.name }));
  return (
    <>
      <JoinPanel classId={klass.id} joinCode={klass.joinCode} joinEnabled={klass.joinEnabled} />
      {klass.rooms.map((r) => (
        <RefreshOnTally key={r.id} slug={r.slug} roomId={r.id} />
      ))}
      <Panel id="accounts" title="Make student accounts (no e-mail needed)" className="space-y-3">
        <StudentAccountsForm classId={klass.id} />
        <CoTeacherForm classId={klass.id} />
        {invited.length > 0 && (
          <p className="text-sm text-stone-700" data-testid="invited">
            Invited to co-teach, waiting for their answer:{" "}
            {invited.map((i) => `${i.name} (${i.username})`).join(", ")}
          </p>
        )}
      </Panel>
      <Panel id="assign" title="Set an assignment" className="space-y-3">
        <AssignmentForm classId={klass.id} students={students} debates={debates} />
      </Panel>
      <section aria-labelledby="progress-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="progress-heading" className="text-xl font-semibold">
            Progress and grades
          </h2>
          <a
            href={`/api/classes/${klass.id}/gradebook.csv`}
            className="rounded-md border border-stone-400 px-3 py-1.5 text-sm"
            download
          >
            Download gradebook (CSV)
          </a>
        </div>
        {progress.length === 0 ? (
          <p className="text-stone-700">No assignments yet.</p>
        ) : (
          progress.map((a) => (
            <ProgressTable key={a.id} assignment={a} students={students} debates={debates} />
          ))
        )}
      </section>
      <Panel id="activity" title="Class activity">
        <p data-testid="activity">
          {activity.evidence} evidence items, {activity.claimVotes} claim votes,{" "}
          {activity.evidenceRatings} ratings in all; in the last 7 days {activity.lastWeek.evidence}
          , {activity.lastWeek.claimVotes} and {activity.lastWeek.evidenceRatings}.
        </p>
      </Panel>
      <Panel id="moderation" title="Moderation" className="space-y-2">
        <ModerationQueue queue={moderation} />
      </Panel>
    </>
  );
}

function Roster({
  members,
  classId,
  teacher,
}: {
  members: Members;
  classId: string;
  teacher: boolean;
}) {
  return (
    <Panel id="roster" title={`People (${members.length})`}>
      <ul className="divide-y divide-stone-200">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="font-medium">{m.name}</span>
            {m.username && <span className="font-mono text-stone-600">{m.username}</span>}
            <span className="text-stone-600">{m.role}</span>
            {teacher && m.pseudonym && m.role === "student" && (
              <span className="text-stone-600">(shown to classmates as {m.pseudonym})</span>
            )}
            {teacher && m.mustChangePassword && (
              <span className="text-amber-800">has not chosen a password yet</span>
            )}
            {teacher && m.role === "teacher" && !m.owner && (
              <span className="ml-auto">
                <ActionButton
                  action={removeTeacherAction}
                  fields={{ classId, teacherId: m.id }}
                  label="Remove co-teacher"
                  tone="danger"
                  confirm={`Remove ${m.name} as a teacher of this class?`}
                />
              </span>
            )}
            {teacher && m.role === "student" && (
              <span className="ml-auto flex flex-wrap gap-2">
                {m.managed && (
                  <ActionButton
                    action={resetPasswordAction}
                    fields={{ classId, studentId: m.id }}
                    label="Reset password"
                    confirm={`Give ${m.name} a new one-time password?`}
                  />
                )}
                <ActionButton
                  action={removeStudentAction}
                  fields={{ classId, studentId: m.id }}
                  label="Remove"
                  tone="danger"
                  confirm={`Remove ${m.name} from the class?`}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
