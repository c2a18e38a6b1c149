import type { Metadata } from "next";
import { RecoverForm } from "@/components/account/recover-form";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forgot"))("title") };
}

export default async function RecoverPage() {
  const t = await getTranslations("account.forgot");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{t("heading")}</h1>
      <p className="mb-6 text-stone-700">{t("intro")}</p>
      <ClientMessages namespaces={["account"]}>
        <RecoverForm />
      </ClientMessages>
    </div>
  );
}
