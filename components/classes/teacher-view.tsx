import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/panel";
import { ClientMessages } from "../i18n/client-messages";
import { AssignmentForm, type DebateChoice } from "./assignment-form";
import { JoinPanel } from "./join-panel";
import { ProgressTable } from "./progress-table";
import { RosterImportForm } from "./roster-import-form";
import { CoTeacherForm } from "./simple-forms";
import { StudentAccountsForm } from "./student-accounts-form";
import { RefreshOnTally } from "../live/refresh-on-tally";
import { ModerationQueue } from "../moderation/moderation-queue";
import { activitySummary } from "@/lib/assignments/activity";
import { classProgress } from "@/lib/assignments/progress";
import { classOverview, roster } from "@/lib/classes";
import { pendingInvitations } from "@/lib/co-teachers";
import { getDebate } from "@/lib/debates";
import { moderationQueue } from "@/lib/moderation";
import type { Viewer } from "@/lib/session";

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

/**
 * What a class's teacher sees under the class's header: how students join, making accounts,
 * setting assignments, progress and grades, activity and moderation, each a named section.
 */
export async function TeacherView({
  overview,
  members,
  viewer,
}: {
  overview: Overview;
  members: Awaited<ReturnType<typeof roster>>;
  viewer: Viewer;
}) {
  const [progress, activity, moderation, debates, invited] = await Promise.all([
    classProgress(viewer, overview.id),
    activitySummary(viewer, overview.id),
    moderationQueue(viewer, overview.id),
    debateChoices(overview.rooms),
    pendingInvitations(viewer, overview.id),
  ]);
  const students = members
    .filter((m) => m.role === "student")
    .map((s) => ({ id: s.id, name: s.name }));
  const t = await getTranslations("classes.teacher");
  return (
    <ClientMessages namespaces={["classes"]}>
      <JoinPanel
        classId={overview.id}
        joinCode={overview.joinCode}
        joinEnabled={overview.joinEnabled}
      />
      {overview.rooms.map((r) => (
        <RefreshOnTally key={r.id} slug={r.slug} roomId={r.id} />
      ))}
      <AccountsPanel overview={overview} invited={invited} />
      <Panel id="assign" title={t("assign")} className="space-y-3">
        <AssignmentForm classId={overview.id} students={students} debates={debates} />
      </Panel>
      <ProgressSection
        classId={overview.id}
        progress={progress}
        students={students}
        debates={debates}
      />
      <Panel id="activity" title={t("activity")}>
        <p data-testid="activity">
          {t("activityLine", {
            evidence: activity.evidence,
            claimVotes: activity.claimVotes,
            ratings: activity.evidenceRatings,
            weekEvidence: activity.lastWeek.evidence,
            weekClaimVotes: activity.lastWeek.claimVotes,
            weekRatings: activity.lastWeek.evidenceRatings,
          })}
        </p>
      </Panel>
      <Panel id="moderation" title={t("moderation")} className="space-y-2">
        <ModerationQueue queue={moderation} />
      </Panel>
    </ClientMessages>
  );
}

/** Accounts for students without e-mail (typed or imported) and co-teachers. */
async function AccountsPanel({
  overview,
  invited,
}: {
  overview: Overview;
  invited: Awaited<ReturnType<typeof pendingInvitations>>;
}) {
  const t = await getTranslations("classes.teacher");
  return (
    <Panel id="accounts" title={t("accounts")} className="space-y-3">
      <StudentAccountsForm classId={overview.id} className={overview.name} />
      <details className="rounded-md border border-stone-300 p-3">
        <summary className="cursor-pointer font-medium">{t("import")}</summary>
        <div className="pt-3">
          <RosterImportForm classId={overview.id} className={overview.name} />
        </div>
      </details>
      <CoTeacherForm classId={overview.id} />
      {invited.length > 0 && (
        <p className="text-sm text-stone-700" data-testid="invited">
          {t("invited")}{" "}
          <span translate="no">{invited.map((i) => `${i.name} (${i.username})`).join(", ")}</span>
        </p>
      )}
    </Panel>
  );
}

/** Each assignment's progress table, with the gradebook download. */
async function ProgressSection({
  classId,
  progress,
  students,
  debates,
}: {
  classId: string;
  progress: Awaited<ReturnType<typeof classProgress>>;
  students: { id: string; name: string }[];
  debates: DebateChoice[];
}) {
  const t = await getTranslations("classes.teacher");
  return (
    <section aria-labelledby="progress-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="progress-heading" className="text-xl font-semibold">
          {t("progress")}
        </h2>
        <a
          href={`/api/classes/${classId}/gradebook.csv`}
          className="rounded-md border border-stone-400 px-3 py-1.5 text-sm"
          download
        >
          {t("gradebook")}
        </a>
      </div>
      {progress.length === 0 ? (
        <p className="text-stone-700">{t("noAssignments")}</p>
      ) : (
        progress.map((a) => (
          <ProgressTable key={a.id} assignment={a} students={students} debates={debates} />
        ))
      )}
    </section>
  );
}
