import { expect, request as playwrightRequest } from "@playwright/test";
import { PASSWORD, signIn, uniqueName } from "./support";

/**
 * Sign-ups are limited to 20 an hour per network address (lib/rate-limit.ts), and the whole
 * e2e run shares one server. A spec file that needs several readers gives them an address of
 * its own (as the proxy would report it, `x-forwarded-for`), so adding a spec never pushes
 * another file's sign-ups over the limit. Use with `test.use({ extraHTTPHeaders: … })`.
 */
export const fromAddress = (address: string) => ({ "x-forwarded-for": address });

/** A signed-in API client whose requests come from `address`. */
export async function readerAt(baseURL: string, address: string) {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: fromAddress(address),
  });
  const username = uniqueName("reader");
  const created = await api.post("/api/users", {
    data: { username, password: PASSWORD, displayName: username },
  });
  expect(created.status()).toBe(201);
  await signIn(api, username);
  return api;
}
