"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import {
  editReplyAction,
  postReplyAction,
} from "@/app/(site)/debates/[slug]/claims/[id]/reply-actions";
import type { ActionState } from "@/lib/action";
import { REPLY_LIMITS } from "@/lib/limits";
import { FormMessage } from "../forms/submit-button";

type Props =
  | {
      mode: "post";
      fields: { kind: "claim" | "evidence"; targetId: string; roomId: string; parentId?: string };
      label: string;
      onDone?: () => void;
    }
  | {
      mode: "edit";
      fields: { replyId: string };
      label: string;
      initial: string;
      onDone?: () => void;
    };

/** Writes a reply (or edits one): a labelled text area whose error sits beside it. */
export function ReplyForm(props: Props) {
  const t = useTranslations("replies");
  const action = props.mode === "post" ? postReplyAction : editReplyAction;
  const [state, run, pending] = useActionState<ActionState, FormData>(action, {});
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { onDone } = props;
  useEffect(() => {
    if (!state.ok) return;
    form.current?.reset();
    onDone?.();
  }, [state, onDone]);
  const error = state.fields?.body?.join(" ");
  return (
    <form ref={form} action={run} className="space-y-1" aria-label={props.label}>
      {Object.entries(props.fields).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <textarea
        id={id}
        name="body"
        required
        rows={2}
        maxLength={REPLY_LIMITS.body}
        defaultValue={props.mode === "edit" ? props.initial : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-message`}
        className="block w-full rounded border border-stone-400 px-2 py-1 text-sm"
      />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-60"
        >
          {pending ? t("sending") : props.mode === "post" ? t("post") : t("save")}
        </button>
        <span id={`${id}-message`}>
          <FormMessage state={error ? { message: error } : state.ok ? {} : state} />
        </span>
      </div>
    </form>
  );
}
