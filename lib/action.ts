import "server-only";
import { refresh } from "next/cache";
import { z } from "zod";
import { AppError, storageFault } from "./errors";
import { fieldErrors } from "./http";
import { currentViewer, type Viewer } from "./session";

/** What a form shows after a server action: a message and errors beside fields. */
export type ActionState = { ok?: boolean; message?: string; fields?: Record<string, string[]> };

/**
 * The one parse-and-authorize step for server actions: zod-parse the form, require a
 * signed-in viewer, call the data layer, refresh the page, and turn expected failures into
 * form state.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, viewer: Viewer) => Promise<string | void>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await currentViewer();
    if (!viewer) return { message: "Your session has ended. Sign in again to continue." };
    if (viewer.mustChangePassword) {
      return { message: "Choose a new password first (your account has a one-time password)." };
    }
    const json = formData.get("__json");
    const parsed = schema.safeParse(
      typeof json === "string" ? JSON.parse(json) : Object.fromEntries(formData),
    );
    if (!parsed.success)
      return { message: "Please fix the fields marked below.", fields: fieldErrors(parsed.error) };
    try {
      const message = (await run(parsed.data, viewer)) ?? "Saved.";
      refresh();
      return { ok: true, message };
    } catch (error) {
      if (error instanceof AppError) return { message: error.message, fields: error.fields };
      const fault = storageFault(error);
      if (!fault) throw error;
      console.error(error);
      return { message: fault.message };
    }
  };
}
