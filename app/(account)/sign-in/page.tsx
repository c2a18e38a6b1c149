import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { accountText } from "@/lib/account/text";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const { next, recovered } = await props.searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      {recovered && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {accountText.forgot.done}
        </p>
      )}
      <AccountForm
        mode="sign-in"
        action={signInAction}
        next={typeof next === "string" ? next : "/"}
      />
    </div>
  );
}
