import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { RenewCodesForm } from "@/components/account/renew-codes-form";
import { recoveryStatus } from "@/lib/account/recovery";
import { accountText as t } from "@/lib/account/text";
import { currentViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/account");
  if (viewer.mustChangePassword) redirect("/account/password?next=/account");
  const recovery = await recoveryStatus(viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header>
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="text-stone-700">
          Signed in as {viewer.name}.{" "}
          <Link href="/account/password?next=/account" className="text-blue-800 underline">
            Change your password
          </Link>
        </p>
      </header>
      <section aria-labelledby="recovery" className="space-y-3">
        <h2 id="recovery" className="text-lg font-semibold">
          {t.recovery.heading}
        </h2>
        <p className="text-stone-700">{t.recovery.intro}</p>
        {recovery.hasPassword ? (
          <>
            <p data-testid="codes-left">{t.recovery.left(recovery.left)}</p>
            <RenewCodesForm username={recovery.username} />
          </>
        ) : (
          <p>{t.recovery.noPassword}</p>
        )}
      </section>
      <section aria-labelledby="your-data" className="space-y-3">
        <h2 id="your-data" className="text-lg font-semibold">
          {t.data.heading}
        </h2>
        <p className="text-stone-700">{t.data.intro}</p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href="/api/me/export?format=json" download className="text-blue-800 underline">
              {t.data.json}
            </a>
          </li>
          <li>
            <a href="/api/me/export?format=html" className="text-blue-800 underline">
              {t.data.html}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="delete-account" className="space-y-3">
        <h2 id="delete-account" className="text-lg font-semibold text-red-900">
          {t.deletion.heading}
        </h2>
        <p className="text-stone-700">{t.deletion.intro}</p>
        {recovery.hasPassword ? <DeleteAccountForm /> : <p>{t.deletion.noPassword}</p>}
      </section>
    </div>
  );
}
