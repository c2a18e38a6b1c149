import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PasswordForm } from "@/components/account/password-form";
import { currentViewer } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.password"))("title") };
}

export default async function PasswordPage(props: PageProps<"/account/password">) {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/account/password");
  const next = (await props.searchParams).next;
  const t = await getTranslations("account.password");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{t("heading")}</h1>
      {viewer.mustChangePassword && <p className="mb-6 text-stone-700">{t("oneTimeIntro")}</p>}
      <ClientMessages namespaces={["account"]}>
        <PasswordForm
          next={typeof next === "string" ? next : "/"}
          oneTime={viewer.mustChangePassword === true}
        />
      </ClientMessages>
    </div>
  );
}
