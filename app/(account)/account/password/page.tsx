import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/components/account/password-form";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Choose a password" };

export default async function PasswordPage(props: PageProps<"/account/password">) {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/account/password");
  const next = (await props.searchParams).next;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Choose a new password</h1>
      {viewer.mustChangePassword && (
        <p className="mb-6 text-stone-700">
          Your teacher gave you a one-time password. Choose your own to continue.
        </p>
      )}
      <PasswordForm
        next={typeof next === "string" ? next : "/"}
        oneTime={viewer.mustChangePassword === true}
      />
    </div>
  );
}
