import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { signInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.form"))("signInTitle") };
}

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const { next, recovered } = await props.searchParams;
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t("form.signInTitle")}</h1>
      {recovered && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t("forgot.done")}
        </p>
      )}
      <ClientMessages namespaces={["account"]}>
        <AccountForm
          mode="sign-in"
          action={signInAction}
          next={typeof next === "string" ? next : "/"}
        />
      </ClientMessages>
    </div>
  );
}
