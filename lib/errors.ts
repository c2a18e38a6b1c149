/**
 * The one error type for expected failures. The data layer throws it; API routes turn it
 * into a JSON answer with its status, server actions into a message beside the form. The
 * message is English; lib/i18n/errors.ts gives its stable `code` and says it in the reader's
 * language.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly retryAfterSeconds?: number,
    /** A code and values for the translation, where the English text alone does not name it. */
    readonly translation?: { code: string; values?: Record<string, string | number> },
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, "Sign in to do that.");
export const forbidden = (message = "You are not allowed to do that.") =>
  new AppError(403, message);
export const notFound = (what: string) =>
  new AppError(404, `No ${what} by that id.`, undefined, undefined, {
    code: "not_found",
    values: { what },
  });
export const conflict = (message: string) => new AppError(409, message);
/** The one wording of a 400 for input that fails its schema, from the API and the forms alike. */
export const INVALID_INPUT = "Some fields need attention.";

export const invalid = (fields: Record<string, string[]>, message = INVALID_INPUT) =>
  new AppError(400, message, fields);

/** The faults that stop every write, as /api/health names them. */
export type StorageFault = "disk-full" | "io-error" | "read-only" | "corrupt" | "file-replaced";

/**
 * Each fault: the SQLite (or file) codes that mean it, and what a write that meets it answers.
 * The operator's side of each is in docs/operations.md.
 */
const STORAGE_FAULTS: { codes: RegExp; fault: StorageFault; message: string }[] = [
  {
    codes: /^SQLITE_FULL/,
    fault: "disk-full",
    message: "The server's disk is full, so nothing can be saved right now.",
  },
  {
    codes: /^SQLITE_(IOERR|CANTOPEN)/,
    fault: "io-error",
    message: "The server cannot reach its database, so nothing can be saved right now.",
  },
  {
    codes: /^SQLITE_READONLY/,
    fault: "read-only",
    message: "The database is read-only right now, so nothing can be saved.",
  },
  {
    codes: /^SQLITE_(CORRUPT|NOTADB)/,
    fault: "corrupt",
    message: "The database is damaged, so nothing can be saved right now.",
  },
  {
    codes: /^AGORA_FILE_REPLACED$/,
    fault: "file-replaced",
    message: "The database file was moved or deleted, so nothing can be saved right now.",
  },
];
/** A fault an operator has to fix takes minutes: ask clients to come back after a while. */
const STORAGE_RETRY_SECONDS = 30;

/** Which storage fault an error is, looking along its `cause` chain (drizzle wraps errors). */
export function storageFaultOf(error: unknown): (typeof STORAGE_FAULTS)[number] | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, extendedCode, cause } = e as {
      code?: unknown;
      extendedCode?: unknown;
      cause?: unknown;
    };
    for (const c of [extendedCode, code]) {
      const fault = typeof c === "string" && STORAGE_FAULTS.find(({ codes }) => codes.test(c));
      if (fault) return fault;
    }
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
  const fault = storageFaultOf(error);
  if (!fault) return undefined;
  return new AppError(
    503,
    `${fault.message} Please try again in a few minutes.`,
    undefined,
    STORAGE_RETRY_SECONDS,
    { code: fault.fault },
  );
}
