import Link from "next/link";
import type { todoFor } from "@/lib/assignments/todo";
import { countAgainst, progressStatus, REQUIREMENT_LABELS, SIDE_LABELS } from "@/lib/labels";
import { RefreshOnTally } from "../live/refresh-on-tally";
import { DueDate } from "./due-date";

type Todo = Awaited<ReturnType<typeof todoFor>>;

/** A student's assignments with live progress toward each requirement. */
export function TodoList({ todo }: { todo: Todo }) {
  if (todo.length === 0)
    return <p className="text-stone-700">No assignments yet. Your teacher will set them here.</p>;
  const rooms = [...new Map(todo.map((t) => [t.roomId, t.debate])).entries()];
  return (
    <ul className="space-y-4">
      {rooms.map(([roomId, slug]) => (
        <RefreshOnTally key={roomId} slug={slug} roomId={roomId} />
      ))}
      {todo.map((t) => (
        <li
          key={t.id}
          className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
          data-testid="todo"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{t.title}</h3>
            <span
              className={`rounded px-2 py-0.5 text-xs font-semibold ${t.progress.complete ? "bg-support-soft text-support" : t.progress.late ? "bg-oppose-soft text-oppose" : "bg-stone-100 text-stone-700"}`}
              data-testid="todo-status"
            >
              {progressStatus(t.progress)}
            </span>
          </div>
          <p className="text-sm text-stone-700">
            Due <DueDate iso={t.dueAt} timeZone={t.timeZone} />
            {t.side && (
              <>
                {" "}
                · Your side: <strong data-testid="my-side">{SIDE_LABELS[t.side]}</strong>
              </>
            )}
            {!t.side &&
              t.sideMode === "per-student" &&
              " · Your teacher has not set your side yet."}
          </p>
          {t.instructions && <p className="whitespace-pre-line text-sm">{t.instructions}</p>}
          {t.targets.length > 0 && (
            <div className="text-sm">
              <p className="font-medium">Work on these claims:</p>
              <ul className="list-disc pl-5" data-testid="todo-targets">
                {t.targets.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`/debates/${t.debate}/claims/${c.id}?room=${t.roomId}`}
                      className="text-blue-800 underline"
                    >
                      {c.textEn}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="grid gap-2 sm:grid-cols-3">
            {REQUIREMENT_LABELS.filter(([key]) => t.progress.required[key] > 0).map(
              ([key, label]) => (
                <li key={key} className="text-sm">
                  {label}:{" "}
                  <span data-testid={`progress-${key}`}>
                    {countAgainst(t.progress.counts[key], t.progress.required[key])}
                  </span>
                  <progress
                    className="block w-full"
                    max={t.progress.required[key]}
                    value={Math.min(t.progress.counts[key], t.progress.required[key])}
                    aria-label={label}
                  />
                </li>
              ),
            )}
          </ul>
          <Link
            href={`/debates/${t.debate}?room=${t.roomId}`}
            className="inline-block rounded-md bg-stone-800 px-3 py-1.5 text-sm text-white"
          >
            Open the class room
          </Link>
          {t.feedback && (
            <div className="rounded-md bg-stone-50 p-3 text-sm" data-testid="grade">
              <p>
                <strong>Grade:</strong> {t.feedback.points ?? "—"} / {t.maxPoints}
              </p>
              {t.feedback.comment && (
                <p className="mt-1 whitespace-pre-line">{t.feedback.comment}</p>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
