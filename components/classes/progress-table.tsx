import { useTranslations } from "next-intl";
import Link from "next/link";
import type { classProgress } from "@/lib/assignments/progress";
import { releaseAction } from "@/app/(site)/classes/actions";
import { countAgainst, progressStatus } from "@/lib/labels";
import { isoToZoned } from "@/lib/zoned-time";
import { ActionButton } from "../forms/action-button";
import { AssignmentActions } from "./assignment-actions";
import { AssignmentForm, type DebateChoice } from "./assignment-form";
import { DueDate } from "./due-date";
import { FeedbackForm } from "./feedback-form";
import { SideControl } from "./side-control";

type Assignment = Awaited<ReturnType<typeof classProgress>>[number];
type Student = Assignment["students"][number];

type Props = {
  assignment: Assignment;
  students: { id: string; name: string }[];
  debates: DebateChoice[];
};

// On phones each student's row becomes a card: the cells stack, each labelled from data-label,
// so nothing (least of all the Save button) hides past the right edge.
const ROW = "max-sm:block max-sm:rounded-md max-sm:border max-sm:border-stone-200 max-sm:p-3";
const CELL =
  "py-1 pr-2 max-sm:flex max-sm:justify-between max-sm:gap-3 max-sm:before:font-medium max-sm:before:content-[attr(data-label)]";

/** A teacher's view of one assignment: each student's counts against the requirements, with feedback. */
export function ProgressTable({ assignment: a, students, debates }: Props) {
  const t = useTranslations("classes.progress");
  return (
    <section
      aria-label={t("section", { title: a.title })}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="progress"
      data-assignment={a.id}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">{a.title}</h3>
          <p className="text-sm text-stone-700">
            {t.rich("due", {
              due: () => <DueDate iso={a.dueAt} timeZone={a.timeZone} />,
              room: (chunks) => (
                <Link className="underline" href={`/debates/${a.debate}?room=${a.roomId}`}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ActionButton
            action={releaseAction}
            fields={{ assignmentId: a.id, release: a.gradesReleased ? "false" : "true" }}
            label={a.gradesReleased ? t("hideGrades") : t("releaseGrades")}
          />
          <AssignmentActions assignmentId={a.id} title={a.title} />
        </div>
      </header>
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("edit")}</summary>
        <div className="mt-3">
          <AssignmentFormFor a={a} students={students} debates={debates} />
        </div>
      </details>
      {a.students.length === 0 ? (
        <p className="text-sm text-stone-700">{t("noStudents")}</p>
      ) : (
        <table className="w-full text-left text-sm max-sm:block">
          <thead className="max-sm:hidden">
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1">
                {t("student")}
              </th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:block max-sm:space-y-3">
            {a.students.map((s) => (
              <StudentRows key={s.id} a={a} s={s} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The columns after the student's name, each also a phone card's cell label. */
const COLUMNS = [
  "side",
  "evidence",
  "claimVotes",
  "evidenceRatings",
  "replies",
  "status",
  "lastActivity",
] as const;

function StudentRows({ a, s }: { a: Assignment; s: Student }) {
  const p = s.progress;
  const t = useTranslations("classes");
  const label = (column: (typeof COLUMNS)[number]) => t(`progress.${column}`);
  return (
    <>
      <tr data-student={s.username ?? s.id} className={`border-t border-stone-200 ${ROW}`}>
        <th scope="row" className="py-1 pr-2 font-medium max-sm:block">
          <Link
            className="underline"
            href={`/classes/${a.classId}/students/${s.id}`}
            translate="no"
          >
            {s.name}
          </Link>
        </th>
        <td className={CELL} data-label={label("side")} data-testid="side">
          {a.sideMode === "whole-class" ? (
            a.wholeClassSide ? (
              t(`sides.${a.wholeClassSide}`)
            ) : (
              t("progress.freeChoice")
            )
          ) : (
            <SideControl assignmentId={a.id} assignmentTitle={a.title} student={s} side={s.side} />
          )}
        </td>
        <td className={CELL} data-label={label("evidence")} data-testid="count-evidence">
          {countAgainst(p.counts.evidence, p.required.evidence)}
        </td>
        <td className={CELL} data-label={label("claimVotes")} data-testid="count-claimVotes">
          {countAgainst(p.counts.claimVotes, p.required.claimVotes)}
        </td>
        <td
          className={CELL}
          data-label={label("evidenceRatings")}
          data-testid="count-evidenceRatings"
        >
          {countAgainst(p.counts.evidenceRatings, p.required.evidenceRatings)}
        </td>
        <td className={CELL} data-label={label("replies")} data-testid="count-replies">
          {countAgainst(p.counts.replies, p.required.replies)}
        </td>
        <td className={CELL} data-label={label("status")} data-testid="status">
          {t(`status.${progressStatus(p)}`)}
        </td>
        <td className={CELL} data-label={label("lastActivity")} data-testid="last-activity">
          {p.lastActivity ? <DueDate iso={p.lastActivity} timeZone={a.timeZone} /> : "—"}
        </td>
      </tr>
      <tr className="max-sm:-mt-3 max-sm:block">
        <td colSpan={8} className="pb-3 max-sm:block max-sm:px-3">
          <FeedbackForm
            assignmentId={a.id}
            assignmentTitle={a.title}
            student={s}
            maxPoints={a.maxPoints}
            current={s.feedback}
          />
        </td>
      </tr>
    </>
  );
}

function AssignmentFormFor({
  a,
  students,
  debates,
}: { a: Assignment } & Omit<Props, "assignment">) {
  return (
    <AssignmentForm
      classId={a.classId}
      students={students}
      debates={debates}
      draft={{
        id: a.id,
        title: a.title,
        instructions: a.instructions,
        debate: a.debate,
        dueLocal: isoToZoned(a.dueAt, a.timeZone),
        timeZone: a.timeZone,
        sideMode: a.sideMode,
        wholeClassSide: a.wholeClassSide,
        targetClaimIds: a.targetClaimIds,
        minEvidence: a.minEvidence,
        minClaimVotes: a.minClaimVotes,
        minEvidenceRatings: a.minEvidenceRatings,
        minReplies: a.minReplies,
        maxPoints: a.maxPoints,
      }}
    />
  );
}
