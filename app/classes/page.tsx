import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateClassForm, JoinClassForm } from "@/components/classes/simple-forms";
import { myClasses } from "@/lib/classes";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/classes");
  const classes = await myClasses(viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold">Classes</h1>
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
