import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, storageFault } from "./errors";

export function jsonError(error: AppError) {
  return NextResponse.json(
    { error: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    {
      status: error.status,
      headers: error.retryAfterSeconds
        ? { "Retry-After": String(error.retryAfterSeconds) }
        : undefined,
    },
  );
}

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}

/** Turns thrown errors into JSON answers; unexpected ones are logged and never leak their text. */
export function route<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) return jsonError(error);
      if (error instanceof z.ZodError)
        return jsonError(new AppError(400, "Invalid input", fieldErrors(error)));
      console.error(error);
      const fault = storageFault(error);
      if (fault) return jsonError(fault);
      return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}

/** Reads a JSON body, answering 400 (not 500) when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError(400, "The body must be JSON.");
  }
}
