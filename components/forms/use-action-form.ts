"use client";

import { useForm, type FieldMetadata } from "@conform-to/react";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionState } from "@/lib/action";

type Action<State> = (state: Awaited<State>, form: FormData) => Promise<State>;

/**
 * A form bound to a server action through Conform: the server validates with the operation's
 * schema (no zod in the browser) and answers Conform's reply, which fills a refused form with
 * what was typed and puts each error beside its field.
 *
 * With JavaScript the submit handler calls the action itself inside a transition: React resets
 * a form after an action given as `<form action>`, which would wipe the values just restored
 * (conform#681). Without JavaScript the form posts to the same action and the server renders
 * the reply.
 */
export function useActionForm<State extends ActionState, Name extends string>(
  action: Action<State>,
  {
    id,
    initialState = {} as Awaited<State>,
  }: {
    id: string;
    /** The form's field names, which `fields` then holds. */
    fields: readonly Name[];
    initialState?: Awaited<State>;
  },
) {
  const [state, dispatch, pending] = useActionState(action, initialState);
  const [form, all] = useForm({ id, lastResult: state.submission });
  const fields = all as unknown as Record<Name, FieldMetadata<unknown>>;
  const element = useRef<HTMLFormElement>(null);
  // A saved form starts afresh, as React's own reset would have done.
  useEffect(() => {
    if (state.ok) element.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    form.onSubmit(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return {
    state,
    pending,
    fields,
    formProps: { id: form.id, ref: element, action: dispatch, onSubmit, noValidate: true },
  };
}
