import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.deletion"))("deletedTitle") };
}

export default async function AccountDeletedPage() {
  const t = await getTranslations("account.deletion");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("done")}</h1>
      <p>
        <Link href="/" className="text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
