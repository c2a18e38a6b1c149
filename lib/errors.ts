/**
 * The one error type for expected failures. The data layer throws it; API routes turn it
 * into a JSON answer with its status, server actions into a message beside the form.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, "Sign in to do that.");
export const forbidden = (message = "You are not allowed to do that.") =>
  new AppError(403, message);
export const notFound = (what: string) => new AppError(404, `No ${what} by that id.`);
export const conflict = (message: string) => new AppError(409, message);
export const invalid = (
  fields: Record<string, string[]>,
  message = "Some fields need attention.",
) => new AppError(400, message, fields);
