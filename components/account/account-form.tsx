"use client";

import Link from "next/link";
import { useActionState } from "react";
import { accountText } from "@/lib/account/text";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { RecoveryCodes, type CodesState } from "./recovery-codes";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: CodesState, form: FormData) => Promise<CodesState>;
  next: string;
};

export function AccountForm({ mode, action, next }: Props) {
  const [state, formAction] = useActionState(action, {});
  const signUp = mode === "sign-up";
  if (state.codes)
    return (
      <RecoveryCodes codes={state.codes} username={state.username ?? ""}>
        <Link
          href={next}
          className="inline-block rounded-md bg-stone-800 px-4 py-2 text-sm text-white"
        >
          {accountText.recovery.continue}
        </Link>
      </RecoveryCodes>
    );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <Field
        name="username"
        label="Username"
        autoComplete="username"
        required
        errors={state.fields?.username}
        hint={
          signUp ? "3–32 letters, digits, dots, dashes or underscores. Used to sign in." : undefined
        }
      />
      {signUp && (
        <Field
          name="displayName"
          label="Display name"
          autoComplete="nickname"
          required
          errors={state.fields?.displayName}
          hint="Shown beside what you write."
        />
      )}
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete={signUp ? "new-password" : "current-password"}
        required
        errors={state.fields?.password}
        hint={signUp ? "At least 10 characters." : undefined}
      />
      {!signUp && (
        <p className="text-sm">
          <Link href="/recover" className="text-blue-800 underline">
            {accountText.forgot.link}
          </Link>
        </p>
      )}
      <FormMessage state={state} />
      <SubmitButton pendingText={signUp ? "Creating account…" : "Signing in…"}>
        {signUp ? "Create account" : "Sign in"}
      </SubmitButton>
      <p className="text-sm text-stone-700">
        {signUp ? "Already have an account? " : "New to Agora? "}
        <Link
          href={`/${signUp ? "sign-in" : "sign-up"}?next=${encodeURIComponent(next)}`}
          className="text-blue-800 underline"
        >
          {signUp ? "Sign in" : "Create an account"}
        </Link>
      </p>
    </form>
  );
}
