import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/auth";
import { AppError } from "@/lib/errors";
import { readBody, route } from "@/lib/http";
import { clientAddress, throttle } from "@/lib/rate-limit";

export const { GET } = handlers;

/**
 * Auth.js's own endpoints, with bodies capped (413). The credentials callback takes only a
 * form (415 otherwise) that names each field once (400 otherwise), so the values Auth.js
 * checks are the only ones there are; its throttle (in auth.ts) answers 429 with Retry-After.
 */
export const POST = route(async (request: Request) => {
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

function credentialsForm(contentType: string | null, body: string): URLSearchParams {
  if (contentType?.split(";")[0]?.trim().toLowerCase() !== "application/x-www-form-urlencoded")
    throw new AppError(415, "Send the sign-in form as application/x-www-form-urlencoded.");
  const form = new URLSearchParams(body);
  const names = [...form.keys()];
  if (new Set(names).size !== names.length)
    throw new AppError(400, "Each field of the sign-in form may appear only once.");
  return form;
}
