import Link from "next/link";
import type { RoomContext } from "@/lib/room-context";
import { SIDE_LABELS } from "@/lib/labels";
import { DueDate } from "./due-date";

type Props = { context: RoomContext; slug: string };

/**
 * Where am I: on every page of a class room, the class, the room, what the class was asked to
 * do here, the student's side and the claims to work on, so nobody wonders who reads a post.
 */
export function RoomBanner({ context, slug }: Props) {
  if (context.kind !== "class") return null;
  return (
    <aside
      aria-label="Where you are"
      data-testid="room-banner"
      className="mb-6 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <p>
        <strong>Class room of {context.className}</strong> — only the class sees what is posted
        here, not the public room.{" "}
        <Link href={`/classes/${context.classId}`} className="text-blue-800 underline">
          Back to the class
        </Link>
      </p>
      {context.assignments.length > 0 && (
        <ul className="space-y-1">
          {context.assignments.map((a) => (
            <li key={a.id} data-testid="room-assignment">
              <span className="font-medium">{a.title}</span> · due{" "}
              <DueDate iso={a.dueAt} timeZone={a.timeZone} />
              {context.role === "student" && (
                <>
                  {" "}
                  · your side:{" "}
                  <strong data-testid="room-side">
                    {a.side ? SIDE_LABELS[a.side] : "not set yet (ask your teacher)"}
                  </strong>
                </>
              )}
              {a.targets.length > 0 && (
                <>
                  {" "}
                  · claims to work on:{" "}
                  {a.targets.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <Link
                        href={`/debates/${slug}/claims/${c.id}?room=${context.roomId}`}
                        className="text-blue-800 underline"
                      >
                        {c.textEn.length > 60 ? `${c.textEn.slice(0, 60)}…` : c.textEn}
                      </Link>
                    </span>
                  ))}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** One line above a form that posts: who will read it. */
export function PostsTo({ context }: { context: RoomContext }) {
  return (
    <p className="mb-3 text-sm text-stone-700" data-testid="posts-to">
      {context.kind === "class" ? (
        <>
          Posts to the <strong>class room of {context.className}</strong>: only your class sees it.
        </>
      ) : (
        <>
          Posts to the <strong>public room</strong>: anyone can read it.
        </>
      )}
    </p>
  );
}
