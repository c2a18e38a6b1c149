/**
 * The one error type for expected failures. The data layer throws it; API routes turn it
 * into a JSON answer with its status, server actions into a message beside the form.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 503,
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

/** What a write answers when the database cannot store it; the operator's side of each is in docs/operations.md. */
const STORAGE_FAULTS: [RegExp, string][] = [
  [/^SQLITE_FULL/, "The server's disk is full, so nothing can be saved right now."],
  [
    /^SQLITE_(IOERR|CANTOPEN)/,
    "The server cannot reach its database, so nothing can be saved right now.",
  ],
  [/^SQLITE_READONLY/, "The database is read-only right now, so nothing can be saved."],
  [/^SQLITE_(CORRUPT|NOTADB)/, "The database is damaged, so nothing can be saved right now."],
  [
    /^AGORA_FILE_REPLACED$/,
    "The database file was moved or deleted, so nothing can be saved right now.",
  ],
];
/** A fault an operator has to fix takes minutes: ask clients to come back after a while. */
const STORAGE_RETRY_SECONDS = 30;

/** The SQLite (or file) code of an error, looked for along its `cause` chain (drizzle wraps). */
export function storageCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, extendedCode, cause } = e as {
      code?: unknown;
      extendedCode?: unknown;
      cause?: unknown;
    };
    const found = [extendedCode, code].find(
      (c): c is string =>
        typeof c === "string" && STORAGE_FAULTS.some(([pattern]) => pattern.test(c)),
    );
    if (found) return found;
    e = cause;
  }
  return undefined;
}

/**
 * The 503 (with Retry-After) for an error that means the database cannot store anything now —
 * disk full, I/O error, read-only, corrupt, file gone — or undefined for any other error.
 * The message says what the person can do; the database's own text never reaches them.
 */
export function storageFault(error: unknown): AppError | undefined {
  const code = storageCode(error);
  if (!code) return undefined;
  const message = STORAGE_FAULTS.find(([pattern]) => pattern.test(code))![1];
  return new AppError(
    503,
    `${message} Please try again in a few minutes.`,
    undefined,
    STORAGE_RETRY_SECONDS,
  );
}
