import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { JoiningNotice } from "@/components/classes/joining-notice";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage(props: PageProps<"/sign-up">) {
  const next = (await props.searchParams).next;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Create an account</h1>
      <JoiningNotice next={typeof next === "string" ? next : undefined} />
      <AccountForm
        mode="sign-up"
        action={signUpAction}
        next={typeof next === "string" ? next : "/"}
      />
    </div>
  );
}
