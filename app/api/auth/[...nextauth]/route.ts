import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/auth";
import { AppError } from "@/lib/errors";
import { readBody, route } from "@/lib/http";
import { clientAddress, throttle } from "@/lib/rate-limit";

/**
 * Auth.js's own endpoints, with bodies capped (413). The credentials callback takes only a
 * form (415 otherwise) that names each field once (400 otherwise), so the values Auth.js
 * checks are the only ones there are; its throttle (in auth.ts) answers 429 with Retry-After.
 */
export const POST = route(async (request: Request) => {
  assertCallbackUrls(request);
  const body = await readBody(request);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  const forAuth = new NextRequest(request.url, { method: "POST", headers, body });
  if (!new URL(request.url).pathname.endsWith("/callback/credentials"))
    return handlers.POST(forAuth);
  const form = credentialsForm(request.headers.get("content-type"), body);
  const response = await handlers.POST(forAuth);
  if (!(response.headers.get("location") ?? "").includes("code=throttled")) return response;
  const username = (form.get("username") ?? "").trim().toLowerCase();
  const seconds = await throttle("sign-in", username, clientAddress(request.headers)).retryAfter();
  return NextResponse.json(
    { error: "Too many failed attempts. Please wait and try again." },
    { status: 429, headers: { "Retry-After": String(Math.max(1, seconds)) } },
  );
});

export const GET = route(async (request: NextRequest) => {
  assertCallbackUrls(request);
  return handlers.GET(request);
});

function credentialsForm(contentType: string | null, body: string): URLSearchParams {
  if (contentType?.split(";")[0]?.trim().toLowerCase() !== "application/x-www-form-urlencoded")
    throw new AppError(415, "Send the sign-in form as application/x-www-form-urlencoded.");
  const form = new URLSearchParams(body);
  const names = [...form.keys()];
  if (new Set(names).size !== names.length)
    throw new AppError(400, "Each field of the sign-in form may appear only once.");
  return form;
}

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/**
 * Auth.js answers 500 ("configuration error") to a callback URL it cannot parse, in the query
 * or its cookie; both come from the client, so refuse them first with 400. (Where a valid one
 * may lead is decided by the `redirect` callback in auth.ts.)
 */
function assertCallbackUrls(request: Request) {
  const url = new URL(request.url);
  const cookies = new Map(
    (request.headers.get("cookie") ?? "").split(";").map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at).trim(), safeDecode(pair.slice(at + 1).trim())] as const;
    }),
  );
  const values = [
    url.searchParams.get("callbackUrl"),
    ...CALLBACK_COOKIES.map((c) => cookies.get(c)),
  ];
  for (const value of values)
    if (value && !isHttpUrl(value, url.origin))
      throw new AppError(400, "The callback URL is not a URL.");
}

function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
