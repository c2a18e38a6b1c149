import "server-only";
import { AppError } from "./errors";

/** Runs a page's room-scoped load, returning the access error instead of throwing it. */
export async function loadRoom<T>(
  load: () => Promise<T>,
): Promise<{ data: T; error: null } | { data: null; error: AppError }> {
  try {
    return { data: await load(), error: null };
  } catch (error) {
    if (error instanceof AppError && [401, 403, 404].includes(error.status))
      return { data: null, error };
    throw error;
  }
}
