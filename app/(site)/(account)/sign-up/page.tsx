import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/account/account-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JoiningNotice } from "@/components/classes/joining-notice";
import { signUpAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.form"))("signUpTitle") };
}

export default async function SignUpPage(props: PageProps<"/sign-up">) {
  const next = (await props.searchParams).next;
  const t = await getTranslations("account.form");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t("signUpTitle")}</h1>
      <JoiningNotice next={typeof next === "string" ? next : undefined} />
      <ClientMessages namespaces={["account"]}>
        <AccountForm
          mode="sign-up"
          action={signUpAction}
          next={typeof next === "string" ? next : "/"}
        />
      </ClientMessages>
    </div>
  );
}
