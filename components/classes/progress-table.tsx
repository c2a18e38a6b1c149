import Link from "next/link";
import type { classProgress } from "@/lib/assignments";
import { releaseAction } from "@/app/classes/actions";
import { ActionButton } from "../forms/action-button";
import { FeedbackForm } from "./feedback-form";
import { DueDate } from "./due-date";

type Assignment = Awaited<ReturnType<typeof classProgress>>[number];

const ratio = (n: number, of: number) => `${n}/${of}`;

/** A teacher's view of one assignment: each student's counts against the requirements, with feedback. */
export function ProgressTable({ assignment }: { assignment: Assignment }) {
  const a = assignment;
  return (
    <section
      aria-label={`Progress on ${a.title}`}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="progress"
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 className="font-semibold">{a.title}</h3>
          <p className="text-sm text-stone-700">
            Due <DueDate iso={a.dueAt} timeZone={a.timeZone} /> ·{" "}
            <Link className="underline" href={`/debates/${a.debate}?room=${a.roomId}`}>
              class room
            </Link>
          </p>
        </div>
        <ActionButton
          action={releaseAction}
          fields={{ assignmentId: a.id, release: a.gradesReleased ? "false" : "true" }}
          label={a.gradesReleased ? "Hide grades" : "Release grades"}
        />
      </header>
      {a.students.length === 0 ? (
        <p className="text-sm text-stone-700">
          No students yet. Share the join code or make accounts.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[640px] text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1">
                  Student
                </th>
                <th scope="col">Side</th>
                <th scope="col">Evidence</th>
                <th scope="col">Claims voted</th>
                <th scope="col">Evidence rated</th>
                <th scope="col">Status</th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {a.students.map((s) => (
                <StudentRows key={s.id} a={a} s={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function StudentRows({ a, s }: { a: Assignment; s: Assignment["students"][number] }) {
  const p = s.progress;
  return (
    <>
      <tr data-student={s.username ?? s.id} className="border-t border-stone-200">
        <th scope="row" className="py-1 font-medium">
          <Link className="underline" href={`/classes/${a.classId}/students/${s.id}`}>
            {s.name}
          </Link>
        </th>
        <td>{s.side ?? "—"}</td>
        <td>{ratio(p.counts.evidence, p.required.evidence)}</td>
        <td>{ratio(p.counts.claimVotes, p.required.claimVotes)}</td>
        <td>{ratio(p.counts.evidenceRatings, p.required.evidenceRatings)}</td>
        <td data-testid="status">
          {p.complete
            ? p.late
              ? "Done (late)"
              : "Done"
            : p.late
              ? "Missing (late)"
              : "In progress"}
        </td>
        <td>
          {p.lastActivity
            ? new Date(p.lastActivity).toLocaleString("en-GB", { timeZone: a.timeZone })
            : "—"}
        </td>
      </tr>
      <tr>
        <td colSpan={7} className="pb-3">
          <FeedbackForm
            assignmentId={a.id}
            student={s}
            maxPoints={a.maxPoints}
            current={s.feedback}
          />
        </td>
      </tr>
    </>
  );
}
