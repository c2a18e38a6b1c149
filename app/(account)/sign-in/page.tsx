import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const next = (await props.searchParams).next;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <AccountForm
        mode="sign-in"
        action={signInAction}
        next={typeof next === "string" ? next : "/"}
      />
    </div>
  );
}
