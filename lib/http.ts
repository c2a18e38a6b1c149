import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, INVALID_INPUT, storageFault } from "./errors";
import { errorCode, errorFields, errorMessage, sayMessage } from "./i18n/errors";
import { uiLocaleOfRequestHeaders } from "./edge/edge-errors";
import { defaultUiLocale, type UiLocale } from "./i18n/locale";
import "./validation/zod-messages";

/** An expected failure as JSON: its stable `code` and its message in the reader's language. */
export function jsonError(error: AppError, locale: UiLocale = defaultUiLocale) {
  const fields = errorFields(error.fields, locale);
  return NextResponse.json(
    { error: errorMessage(error, locale), code: errorCode(error), ...(fields ? { fields } : {}) },
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

/**
 * API answers are personal more often than not (one's votes, to-do, gradebook, classes) and
 * none is worth caching in a shared cache: unless a route says otherwise, none is stored.
 */
function notStored(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  } catch {
    // Response.redirect() (Auth.js) has immutable headers: copy it.
    const copy = new Response(response.body, response);
    copy.headers.set("Cache-Control", "private, no-store");
    return copy;
  }
}

/** Turns thrown errors into JSON answers; unexpected ones are logged and never leak their text. */
export function route<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => notStored(await answer(handler, args));
}

async function answer<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
  args: Args,
): Promise<Response> {
  try {
    return await handler(...args);
  } catch (error) {
    const locale =
      args[0] instanceof Request ? uiLocaleOfHeaders(args[0].headers) : defaultUiLocale;
    if (error instanceof AppError) return jsonError(error, locale);
    if (error instanceof z.ZodError)
      return jsonError(new AppError(400, INVALID_INPUT, fieldErrors(error)), locale);
    console.error(error);
    const fault = storageFault(error);
    if (fault) return jsonError(fault, locale);
    return NextResponse.json(
      { error: sayMessage("Something went wrong on our side.", locale), code: "internal" },
      { status: 500 },
    );
  }
}

/** The interface language an API request asks for: its cookie, else Accept-Language. */
export function uiLocaleOfHeaders(headers: Headers): UiLocale {
  return uiLocaleOfRequestHeaders(headers.get("cookie"), headers.get("accept-language"));
}

/** The largest request body any route reads; no form or JSON write of Agora comes near it. */
export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => new AppError(413, `The body must be at most ${MAX_BODY_BYTES / 1024} KB.`);

/**
 * Reads a body as text, refusing with 413 one that says (Content-Length) or turns out
 * (counted as it streams in) to be larger than `max` bytes, without reading the rest.
 */
export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a JSON body, answering 400 (not 500) when it is not JSON and 413 when too large. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await readBody(request);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "The body must be JSON.");
  }
}
