import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { RenewCodesForm } from "@/components/account/renew-codes-form";
import { recoveryStatus } from "@/lib/account/recovery";
import { ClientMessages } from "@/components/i18n/client-messages";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.page"))("title") };
}

export default async function AccountPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/account");
  if (viewer.mustChangePassword) redirect("/account/password?next=/account");
  const [recovery, t] = await Promise.all([recoveryStatus(viewer), getTranslations("account")]);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header>
        <h1 className="text-2xl font-bold">{t("page.title")}</h1>
        <p className="text-stone-700">
          {t("page.signedInAs", { name: viewer.name })}{" "}
          <Link href="/account/password?next=/account" className="text-blue-800 underline">
            {t("page.changePassword")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="recovery" className="space-y-3">
        <h2 id="recovery" className="text-lg font-semibold">
          {t("recovery.heading")}
        </h2>
        <p className="text-stone-700">{t("recovery.intro")}</p>
        {recovery.hasPassword ? (
          <>
            <p data-testid="codes-left">{t("recovery.left", { count: recovery.left })}</p>
            <ClientMessages namespaces={["account"]}>
              <RenewCodesForm username={recovery.username} />
            </ClientMessages>
          </>
        ) : (
          <p>{t("recovery.noPassword")}</p>
        )}
      </section>
      <section aria-labelledby="your-data" className="space-y-3">
        <h2 id="your-data" className="text-lg font-semibold">
          {t("data.heading")}
        </h2>
        <p className="text-stone-700">{t("data.intro")}</p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href="/api/me/export?format=json" download className="text-blue-800 underline">
              {t("data.json")}
            </a>
          </li>
          <li>
            <a href="/api/me/export?format=html" className="text-blue-800 underline">
              {t("data.html")}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="delete-account" className="space-y-3">
        <h2 id="delete-account" className="text-lg font-semibold text-red-900">
          {t("deletion.heading")}
        </h2>
        <p className="text-stone-700">{t("deletion.intro")}</p>
        {recovery.hasPassword ? (
          <ClientMessages namespaces={["account"]}>
            <DeleteAccountForm />
          </ClientMessages>
        ) : (
          <p>{t("deletion.noPassword")}</p>
        )}
      </section>
    </div>
  );
}
