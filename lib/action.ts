import "server-only";
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { AppError, INVALID_INPUT, storageFault } from "./errors";
import { invalidForm, parseForm, refused, type ActionState } from "./form-reply";
import { fieldErrors } from "./http";
import { errorFields, errorMessage, sayMessage } from "./i18n/errors";
import { currentViewer, type Viewer } from "./session";
import "./validation/zod-messages";

export { invalidForm, parseForm, refused, type ActionState };

/**
 * The one parse-and-authorize step for server actions: parse the form with the operation's
 * schema, require a signed-in viewer, call the data layer, refresh the page, and turn
 * expected failures into form state that keeps what was typed.
 */
export function validatedAction<S extends z.ZodType, State extends ActionState = ActionState>(
  schema: S,
  run: (input: z.infer<S>, viewer: Viewer) => Promise<string | void | NoInfer<State>>,
) {
  return async (_previous: State, formData: FormData): Promise<State> =>
    inLanguage(await answer(schema, run, formData), await getLocale()) as State;
}

/**
 * The form's message and field errors in the reader's language (lib/i18n/errors.ts), both
 * those listed under the form and those Conform's reply puts beside each field.
 */
function inLanguage(state: ActionState, locale: Awaited<ReturnType<typeof getLocale>>) {
  const reply = state.submission;
  return {
    ...state,
    ...(state.message ? { message: sayMessage(state.message, locale) } : {}),
    ...(state.fields ? { fields: errorFields(state.fields, locale) } : {}),
    ...(reply?.error ? { submission: { ...reply, error: errorFields(reply.error, locale) } } : {}),
  };
}

async function answer<S extends z.ZodType, State extends ActionState>(
  schema: S,
  run: (input: z.infer<S>, viewer: Viewer) => Promise<string | void | State>,
  formData: FormData,
): Promise<ActionState> {
  const json = formData.get("__json");
  if (typeof json === "string") return answerJson(schema, run, json);
  const submission = parseForm(schema, formData);
  const viewer = await currentViewer();
  const refusal = viewerRefusal(viewer);
  if (refusal) return refused(submission, refusal);
  if (submission.status !== "success") return invalidForm(submission);
  try {
    const state = await succeed(run, submission.value, viewer!);
    return { ...state, submission: submission.reply({ resetForm: true }) };
  } catch (error) {
    const failure = expectedFailure(error);
    return refused(submission, errorMessage(failure, await getLocale()), failure.fields);
  }
}

/** Structured values (arrays, records) sent by our own client code as one JSON field. */
async function answerJson<S extends z.ZodType, State extends ActionState>(
  schema: S,
  run: (input: z.infer<S>, viewer: Viewer) => Promise<string | void | State>,
  json: string,
): Promise<ActionState> {
  const viewer = await currentViewer();
  const refusal = viewerRefusal(viewer);
  if (refusal) return { message: refusal };
  const input = parseJson(json);
  if (input === undefined) return { message: "The form was sent damaged. Reload and try again." };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { message: INVALID_INPUT, fields: fieldErrors(parsed.error) };
  try {
    return await succeed(run, parsed.data, viewer!);
  } catch (error) {
    const failure = expectedFailure(error);
    return { message: errorMessage(failure, await getLocale()), fields: failure.fields };
  }
}

function viewerRefusal(viewer: Viewer | null): string | undefined {
  if (!viewer) return "Your session has ended. Sign in again to continue.";
}

async function succeed<I, State extends ActionState>(
  run: (input: I, viewer: Viewer) => Promise<string | void | State>,
  input: I,
  viewer: Viewer,
): Promise<ActionState> {
  const result = await run(input, viewer);
  refresh();
  // An action may answer more than a message (new recovery codes, shown once).
  return typeof result === "object"
    ? { ok: true, ...result }
    : { ok: true, message: result ?? "Saved." };
}

/** An AppError or a storage fault becomes the form's message; anything else is a bug. */
function expectedFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fault = storageFault(error);
  if (!fault) throw error;
  console.error(error);
  return fault;
}

/** validatedAction reads a FormData; this passes structured values (arrays, records) through it. */
export function jsonForm(values: Record<string, unknown>): FormData {
  const form = new FormData();
  form.set("__json", JSON.stringify(values));
  return form;
}

/** A form's JSON field as sent by our own client code; undefined when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
