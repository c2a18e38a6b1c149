import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinClassForm } from "@/components/classes/simple-forms";
import { joinPreview } from "@/lib/join-preview";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Join a class" };

/** The join link a teacher shares: sign in (or up), then confirm the class by its name. */
export default async function JoinLinkPage(props: PageProps<"/classes/join/[code]">) {
  const { code } = await props.params;
  if (!(await currentViewer()))
    redirect(`/sign-up?next=${encodeURIComponent(`/classes/join/${code}`)}`);
  const preview = await joinPreview(code);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">
        {preview ? `Join ${preview.className}` : "Join a class"}
      </h1>
      <p className="mb-4 text-stone-700" data-testid="join-preview">
        {preview
          ? `Taught by ${preview.teacherName}.`
          : "This code does not match an open class. Check it with your teacher."}
      </p>
      <JoinClassForm code={code} />
    </div>
  );
}
