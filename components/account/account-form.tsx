"use client";

import Link from "next/link";
import { accountText } from "@/lib/account/text";
import { ErrorSummary } from "../forms/error-summary";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";
import { useActionForm } from "../forms/use-action-form";
import { RecoveryCodes, type CodesState } from "./recovery-codes";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: CodesState, form: FormData) => Promise<CodesState>;
  next: string;
};

export function AccountForm({ mode, action, next }: Props) {
  const { state, fields, formProps } = useActionForm(action, {
    id: mode,
    fields: ["username", "displayName", "password"],
  });
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
    <form {...formProps} className="space-y-4">
      <ErrorSummary state={state} formId={formProps.id} />
      <input type="hidden" name="next" value={next} />
      <Field
        control={fields.username}
        label="Username"
        autoComplete="username"
        required
        hint={
          signUp ? "3–32 letters, digits, dots, dashes or underscores. Used to sign in." : undefined
        }
      />
      {signUp && (
        <Field
          control={fields.displayName}
          label="Display name"
          autoComplete="nickname"
          required
          hint="Shown beside what you write."
        />
      )}
      <Field
        control={fields.password}
        label="Password"
        type="password"
        autoComplete={signUp ? "new-password" : "current-password"}
        required
        hint={signUp ? "At least 10 characters." : undefined}
      />
      {!signUp && (
        <p className="text-sm">
          <Link href="/recover" className="text-blue-800 underline">
            {accountText.forgot.link}
          </Link>
        </p>
      )}
      <FormMessage state={state} successOnly />
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
