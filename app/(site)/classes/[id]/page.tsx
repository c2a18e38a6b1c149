import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RosterPanel } from "@/components/classes/roster-panel";
import { TeacherView } from "@/components/classes/teacher-view";
import { TodoList } from "@/components/classes/todo-list";
import { PrivateRoom } from "@/components/private-room";
import { todoFor } from "@/lib/assignments/todo";
import { classOverview, roster } from "@/lib/classes";
import { loadRoom } from "@/lib/page-room";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.page"))("title") };
}

export default async function ClassPage(props: PageProps<"/classes/[id]">) {
  const { id } = await props.params;
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?next=/classes/${id}`);
  const loaded = await loadRoom(() => classOverview(id, viewer));
  if (loaded.error) return <PrivateRoom error={loaded.error} next={`/classes/${id}`} />;
  const overview = loaded.data;
  const members = await roster(id, viewer);
  const t = await getTranslations("classes.page");
  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold" translate="no">
          {overview.name}
        </h1>
        <p className="text-stone-700">
          {overview.role === "teacher" ? t("teach") : t("student")}
          {overview.anonymous && t("anonymous")}
        </p>
        <ul className="flex flex-wrap gap-3 pt-2">
          {overview.rooms.map((r) => (
            <li key={r.id}>
              <Link
                href={`/debates/${r.slug}?room=${r.id}`}
                className="rounded-md border border-stone-400 px-3 py-1.5 text-sm"
              >
                {t.rich("room", {
                  title: r.titleEn,
                  en: (chunks) => <span lang="en">{chunks}</span>,
                })}
              </Link>
            </li>
          ))}
        </ul>
      </header>
      {overview.role === "teacher" ? (
        <TeacherView overview={overview} members={members} viewer={viewer} />
      ) : (
        <section aria-labelledby="todo-heading" className="space-y-3">
          <h2 id="todo-heading" className="text-xl font-semibold">
            {t("todo")}
          </h2>
          <TodoList todo={await todoFor(viewer, id)} />
        </section>
      )}
      <RosterPanel members={members} classId={id} teacher={overview.role === "teacher"} />
    </div>
  );
}
