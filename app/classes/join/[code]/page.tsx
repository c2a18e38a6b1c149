import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinClassForm } from "@/components/classes/simple-forms";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Join a class" };

/** The join link a teacher shares: sign in (or up), then confirm. */
export default async function JoinLinkPage(props: PageProps<"/classes/join/[code]">) {
  const { code } = await props.params;
  if (!(await currentViewer()))
    redirect(`/sign-up?next=${encodeURIComponent(`/classes/join/${code}`)}`);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">Join a class</h1>
      <JoinClassForm code={code} />
    </div>
  );
}
