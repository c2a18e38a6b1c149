import {
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from "@playwright/test";
import { PASSWORD, signIn, uniqueName } from "./support";

let devices = 0;
export const deviceAddress = () =>
  `10.${process.pid % 250}.${Math.floor(++devices / 250)}.${devices % 250}`;

export type Person = { context: BrowserContext; username: string; name: string };

/** A browser context signed in as a fresh account (made through the API, signed in through Auth.js). */
export async function person(
  browser: Browser,
  prefix: string,
  options: BrowserContextOptions = {},
): Promise<Person> {
  // Each person is on their own device: sign-up limits count per address, and a whole class
  // signing up through one address would spend the suite's shared budget.
  const context = await browser.newContext({
    ...options,
    extraHTTPHeaders: { "x-forwarded-for": deviceAddress() },
  });
  const username = uniqueName(prefix);
  const name = `${prefix} ${username.slice(-4)}`;
  const made = await context.request.post("/api/users", {
    data: { username, password: PASSWORD, displayName: name },
  });
  expect(made.status()).toBe(201);
  await signIn(context.request, username);
  return { context, username, name };
}

export type ClassMade = { id: string; joinCode: string; roomId: string; url: string };

export async function makeClass(teacher: Person, name = "Economics 11B"): Promise<ClassMade> {
  const response = await teacher.context.request.post("/api/classes", { data: { name } });
  expect(response.status()).toBe(201);
  const klass = await response.json();
  return {
    id: klass.id,
    joinCode: klass.joinCode,
    roomId: klass.rooms[0].id,
    url: `/classes/${klass.id}`,
  };
}

export async function join(student: Person, klass: ClassMade) {
  expect(
    (
      await student.context.request.post("/api/classes/join", { data: { code: klass.joinCode } })
    ).ok(),
  ).toBe(true);
}

export async function assign(
  teacher: Person,
  klass: ClassMade,
  body: Record<string, unknown> = {},
) {
  const response = await teacher.context.request.post(`/api/classes/${klass.id}/assignments`, {
    data: {
      title: "Weigh the Gulf pillar",
      dueAt: "2030-06-01T12:00:00+08:00",
      timeZone: "Asia/Taipei",
      minClaimVotes: 1,
      ...body,
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; sides: Record<string, string> };
}

export const vote = (student: Person, klass: ClassMade, claimId: string, agreement = 1) =>
  student.context.request.put(`/api/claims/${claimId}/vote?room=${klass.roomId}`, {
    data: { agreement },
  });
