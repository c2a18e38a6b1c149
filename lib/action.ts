import "server-only";
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { AppError, storageFault } from "./errors";
import { fieldErrors } from "./http";
import { errorFields, errorMessage, sayMessage } from "./i18n/errors";
import { currentViewer, type Viewer } from "./session";

/** What a form shows after a server action: a message and errors beside fields. */
export type ActionState = { ok?: boolean; message?: string; fields?: Record<string, string[]> };

/**
 * The one parse-and-authorize step for server actions: zod-parse the form, require a
 * signed-in viewer, call the data layer, refresh the page, and turn expected failures into
 * form state.
 */
export function validatedAction<S extends z.ZodType, State extends ActionState = ActionState>(
  schema: S,
  run: (input: z.infer<S>, viewer: Viewer) => Promise<string | void | NoInfer<State>>,
) {
  return async (_previous: State, formData: FormData): Promise<State> =>
    inLanguage(await answer(schema, run, formData), await getLocale()) as State;
}

/** The form's message and field errors in the reader's language (lib/i18n/errors.ts). */
function inLanguage(state: ActionState, locale: Awaited<ReturnType<typeof getLocale>>) {
  return {
    ...state,
    ...(state.message ? { message: sayMessage(state.message, locale) } : {}),
    ...(state.fields ? { fields: errorFields(state.fields, locale) } : {}),
  };
}

async function answer<S extends z.ZodType, State extends ActionState>(
  schema: S,
  run: (input: z.infer<S>, viewer: Viewer) => Promise<string | void | State>,
  formData: FormData,
): Promise<ActionState> {
  const viewer = await currentViewer();
  if (!viewer) return { message: "Your session has ended. Sign in again to continue." };
  if (viewer.mustChangePassword) {
    return { message: "Choose a new password first (your account has a one-time password)." };
  }
  const json = formData.get("__json");
  const input = typeof json === "string" ? parseJson(json) : Object.fromEntries(formData);
  if (input === undefined) return { message: "The form was sent damaged. Reload and try again." };
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return { message: "Please fix the fields marked below.", fields: fieldErrors(parsed.error) };
  try {
    const result = await run(parsed.data, viewer);
    refresh();
    // An action may answer more than a message (new recovery codes, shown once).
    return typeof result === "object"
      ? { ok: true, ...result }
      : { ok: true, message: result ?? "Saved." };
  } catch (error) {
    if (error instanceof AppError)
      return { message: errorMessage(error, await getLocale()), fields: error.fields };
    const fault = storageFault(error);
    if (!fault) throw error;
    console.error(error);
    return { message: errorMessage(fault, await getLocale()) };
  }
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
