import { NextResponse, type NextRequest } from "next/server";
import { actionBodyProblem } from "@/lib/edge/action-body";
import { edgeErrorBody, uiLocaleOfRequestHeaders } from "@/lib/edge/edge-errors";
import { UI_COOKIE, UI_HEADER, uiLocaleOfParam } from "@/lib/i18n/locale";

/**
 * Runs only for server action calls (the Next-Action header, or a multipart form, as one
 * posted without JavaScript is): refuses with 400 a body Next could not decode, which it
 * would answer with 500.
 * Same-site and body-size checks happen earlier, in scripts/serve.ts (lib/edge/request-guard).
 */
export async function proxy(request: NextRequest) {
  if (request.method !== "POST") return rememberInterfaceLanguage(request);
  const contentType = request.headers.get("content-type") ?? "";
  const isForm = contentType.toLowerCase().startsWith("multipart/form-data");
  if (!isForm && !request.headers.has("next-action")) return NextResponse.next();
  let body: string | FormData;
  try {
    body = isForm ? await request.formData() : await request.text();
  } catch {
    return refuse(request, "The form could not be read.");
  }
  const problem = actionBodyProblem(contentType, body, request.headers.get("next-action"));
  if (problem && (request.headers.has("next-action") || isActionForm(body)))
    return refuse(request, problem);
  return NextResponse.next();
}

/** A 400 with `{ error, code }` in the request's interface language, as the routes answer. */
function refuse(request: NextRequest, problem: string) {
  const locale = uiLocaleOfRequestHeaders(
    request.headers.get("cookie"),
    request.headers.get("accept-language"),
  );
  return NextResponse.json(edgeErrorBody(problem, locale), { status: 400 });
}

/**
 * A page asked for with `?ui=zh|en`: this request is rendered in it (a header the request
 * config reads) and the cookie remembers it for the next ones. The cached public page is chosen
 * from the query itself (next.config.ts).
 */
function rememberInterfaceLanguage(request: NextRequest) {
  const ui = request.nextUrl.searchParams.get("ui");
  if (!uiLocaleOfParam(ui)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(UI_HEADER, ui!);
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(UI_COOKIE, ui!, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return response;
}

const isActionForm = (body: string | FormData) =>
  typeof body !== "string" && [...body.keys()].some((k) => k.startsWith("$ACTION_"));

// Only requests that can be action calls, so that reading a page never passes through here,
// and those that choose the interface language (`?ui=`).
// API paths too: an unknown one falls to the not-found page, where Next tries actions as well.
// (Literal strings: Next reads this object at build time.)
export const config = {
  matcher: [
    { source: "/((?!_next/).*)", has: [{ type: "query", key: "ui" }] },
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "next-action" }] },
    {
      source: "/((?!_next/).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
