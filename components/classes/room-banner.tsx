import { useTranslations } from "next-intl";
import Link from "next/link";
import type { RoomContext } from "@/lib/room-context";
import { DueDate } from "./due-date";

const name = (chunks: React.ReactNode) => <span translate="no">{chunks}</span>;
const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

type Props = { context: RoomContext; slug: string };

/**
 * Where am I: on every page of a class room, the class, the room, what the class was asked to
 * do here, the student's side and the claims to work on, so nobody wonders who reads a post.
 */
export function RoomBanner({ context, slug }: Props) {
  const t = useTranslations("classes");
  if (context.kind !== "class") return null;
  return (
    <aside
      aria-label={t("banner.where")}
      data-testid="room-banner"
      className="mb-6 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <p>
        {t.rich("banner.classRoom", { className: context.className, name, strong })}{" "}
        <Link href={`/classes/${context.classId}`} className="text-blue-800 underline">
          {t("banner.back")}
        </Link>
      </p>
      {context.assignments.length > 0 && (
        <ul className="space-y-1">
          {context.assignments.map((a) => (
            <li key={a.id} data-testid="room-assignment">
              <span className="font-medium">{a.title}</span>
              {t("banner.due")}
              <DueDate iso={a.dueAt} timeZone={a.timeZone} />
              {context.role === "student" && (
                <>
                  {t("banner.yourSide")}
                  <strong data-testid="room-side">
                    {a.side ? t(`sides.${a.side}`) : t("banner.notSet")}
                  </strong>
                </>
              )}
              {a.targets.length > 0 && (
                <>
                  {t("banner.targets")}
                  {a.targets.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <Link
                        href={`/debates/${slug}/claims/${c.id}?room=${context.roomId}`}
                        className="text-blue-800 underline"
                        lang="en"
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
  const t = useTranslations("classes.banner");
  return (
    <p className="mb-3 text-sm text-stone-700" data-testid="posts-to">
      {context.kind === "class"
        ? t.rich("postsToClass", { className: context.className, name, strong })
        : t.rich("postsToPublic", { strong })}
    </p>
  );
}
