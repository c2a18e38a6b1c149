import { handlers } from "@/auth";
import { route } from "@/lib/http";
import { checkLimit, clearLimit, clientAddress, recordHit, signInLimits } from "@/lib/rate-limit";

export const { GET } = handlers;

/**
 * Auth.js's own endpoints, with failed credential sign-ins counted per account and per
 * address across processes: past the limit, the endpoint answers 429 with Retry-After.
 */
export const POST = route(async (request: Request) => {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials"))
    return handlers.POST(request as never);
  const form = await request.clone().formData();
  const username = String(form.get("username") ?? "")
    .trim()
    .toLowerCase();
  const limits = signInLimits(username, clientAddress(request.headers));
  for (const limit of limits) await checkLimit(limit);
  const response = await handlers.POST(request as never);
  const failed = (response.headers.get("location") ?? "").includes("error=");
  if (failed) for (const limit of limits) await recordHit(limit);
  else await clearLimit(limits[0]!.key);
  return response;
});
