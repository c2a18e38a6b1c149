import { useTranslations } from "next-intl";
import Link from "next/link";
import type { todoFor } from "@/lib/assignments/todo";
import { countAgainst, progressStatus, REQUIREMENTS } from "@/lib/labels";
import { RefreshOnTally } from "../live/refresh-on-tally";
import { DueDate } from "./due-date";

type Todo = Awaited<ReturnType<typeof todoFor>>;

/** A student's assignments with live progress toward each requirement. */
export function TodoList({ todo }: { todo: Todo }) {
  const t = useTranslations("classes");
  if (todo.length === 0) return <p className="text-stone-700">{t("todo.empty")}</p>;
  const rooms = [...new Map(todo.map((item) => [item.roomId, item.debate])).entries()];
  return (
    <ul className="space-y-4">
      {rooms.map(([roomId, slug]) => (
        <RefreshOnTally key={roomId} slug={slug} roomId={roomId} />
      ))}
      {todo.map((item) => (
        <li
          key={item.id}
          className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
          data-testid="todo"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{item.title}</h3>
            <span
              className={`rounded px-2 py-0.5 text-xs font-semibold ${item.progress.complete ? "bg-support-soft text-support" : item.progress.late ? "bg-oppose-soft text-oppose" : "bg-stone-100 text-stone-700"}`}
              data-testid="todo-status"
            >
              {t(`status.${progressStatus(item.progress)}`)}
            </span>
          </div>
          <p className="text-sm text-stone-700">
            {t.rich("todo.due", {
              due: () => <DueDate iso={item.dueAt} timeZone={item.timeZone} />,
            })}
            {item.side &&
              t.rich("todo.yourSide", {
                side: t(`sides.${item.side}`),
                b: (chunks) => <strong data-testid="my-side">{chunks}</strong>,
              })}
            {!item.side && item.sideMode === "per-student" && t("todo.sideNotSet")}
          </p>
          {item.instructions && <p className="whitespace-pre-line text-sm">{item.instructions}</p>}
          {item.targets.length > 0 && (
            <div className="text-sm">
              <p className="font-medium">{t("todo.targets")}</p>
              <ul className="list-disc pl-5" data-testid="todo-targets">
                {item.targets.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`/debates/${item.debate}/claims/${c.id}?room=${item.roomId}`}
                      className="text-blue-800 underline"
                      lang="en"
                    >
                      {c.textEn}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="grid gap-2 sm:grid-cols-3">
            {REQUIREMENTS.filter((key) => item.progress.required[key] > 0).map((key) => {
              const label = t(`requirements.${key}`);
              return (
                <li key={key} className="text-sm">
                  {label}:{" "}
                  <span data-testid={`progress-${key}`}>
                    {countAgainst(item.progress.counts[key], item.progress.required[key])}
                  </span>
                  <progress
                    className="block w-full"
                    max={item.progress.required[key]}
                    value={Math.min(item.progress.counts[key], item.progress.required[key])}
                    aria-label={label}
                  />
                </li>
              );
            })}
          </ul>
          <Link
            href={`/debates/${item.debate}?room=${item.roomId}`}
            className="inline-block rounded-md bg-stone-800 px-3 py-1.5 text-sm text-white"
          >
            {t("todo.open")}
          </Link>
          {item.feedback && (
            <div className="rounded-md bg-stone-50 p-3 text-sm" data-testid="grade">
              <p>
                <strong>{t("todo.grade")}</strong> {item.feedback.points ?? "—"} / {item.maxPoints}
              </p>
              {item.feedback.comment && (
                <p className="mt-1 whitespace-pre-line">{item.feedback.comment}</p>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
