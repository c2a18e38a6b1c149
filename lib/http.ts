import { NextResponse } from "next/server";
import { z } from "zod";

/** An expected failure with the HTTP status and message the client should see. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function jsonError(error: HttpError) {
  return NextResponse.json(
    { error: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    { status: error.status, headers: error.headers },
  );
}

/** Turns thrown errors into JSON answers; unexpected ones are logged and never leak their text. */
export function route<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error);
      if (error instanceof z.ZodError) {
        return jsonError(
          new HttpError(
            400,
            "Invalid input",
            z.flattenError(error).fieldErrors as Record<string, string[]>,
          ),
        );
      }
      console.error(error);
      return jsonError(new HttpError(500, "Something went wrong on our side."));
    }
  };
}
