"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { Field } from "../forms/field";
import { FormMessage, SubmitButton } from "../forms/submit-button";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  next: string;
};

export function AccountForm({ mode, action, next }: Props) {
  const [state, formAction] = useActionState(action, {});
  const signUp = mode === "sign-up";
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
