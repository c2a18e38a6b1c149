import "server-only";
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { INVALID_INPUT } from "./errors";
import "./validation/zod-messages";

/**
 * What a form shows after a server action: a message, errors beside fields, and Conform's
 * reply (`submission`), which carries what was typed back into the form when it is refused.
 */
export type ActionState = {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  submission?: SubmissionResult<string[]>;
};

/** Never sent back into a form's HTML: a refused form asks for these again. */
const SECRET_FIELDS = ["password", "current", "confirm"];

type Submission = ReturnType<typeof parseForm>;

/**
 * Reads a form as Conform does (`a.b` and `a[0]` names, repeated names as lists), validated
 * by the operation's one schema. Values stay strings as the form sent them: the schema says
 * how each becomes a number or a boolean, for the form and the JSON route alike.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData) {
  return parseWithZod(ourFields(formData), { schema, disableAutoCoercion: true });
}

/** No form of ours has a list longer than this (a roster is 60). */
const MAX_INDEX = 1000;

/**
 * Drops what no form of ours sends and Conform would trip on: its intent and state fields
 * (JSON it parses, throwing on anything else; we use neither) and list indices past any of
 * our lists (`x[999999999]` would be read into an array of a billion slots).
 */
function ourFields(formData: FormData): FormData {
  const kept = new FormData();
  for (const [name, value] of formData) {
    if (name === "__intent__" || name === "__state__") continue;
    const indices = [...name.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    if (indices.some((index) => index > MAX_INDEX)) continue;
    kept.append(name, value);
  }
  return kept;
}

/** A refused form: the message, the errors by field, and what was typed (no passwords). */
export function refused(
  submission: Submission,
  message: string,
  fields?: Record<string, string[]>,
): ActionState {
  const reply = submission.reply({ fieldErrors: fields, hideFields: SECRET_FIELDS });
  return { message, fields: topLevel(reply.error), submission: reply };
}

/** A form refused by its schema, with the one wording for a 400. */
export function invalidForm(submission: Submission): ActionState {
  return refused(submission, INVALID_INPUT);
}

/** Conform names errors by path (`names[1]`); a field shows those of its whole value. */
function topLevel(errors: SubmissionResult<string[]>["error"]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(errors ?? {})) {
    if (!name || !messages?.length) continue;
    const field = name.split(/[.[]/)[0] ?? name;
    (fields[field] ??= []).push(...messages);
  }
  return fields;
}
