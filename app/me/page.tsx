import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Contributions } from "@/components/account/contributions";
import { myContributions } from "@/lib/profile";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Your contributions" };

export default async function MyPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/me");
  return (
    <>
      {viewer.role === "admin" && (
        <p className="mx-auto mb-6 max-w-3xl">
          <Link href="/moderation" className="underline">
            Moderation of the public rooms
          </Link>
        </p>
      )}
      <Contributions
        name={viewer.name}
        own
        {...await myContributions(viewer)}
        titles={{ evidence: "Your evidence", votes: "Your votes" }}
        empty={{
          evidence: "You have not attached evidence yet. Open a claim to add some.",
          votes: "You have not voted on a claim yet.",
        }}
      />
    </>
  );
}
