import { randomInt } from "node:crypto";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
} from "@playwright/test";
import { PASSWORD, evidenceBody, queryDatabase, signIn, uniqueName } from "./support";

// Sybil resistance, account takeover and anonymity, through the real HTTP interface.

type Account = { api: APIRequestContext; username: string; id: string };

/**
 * Signs up and in through the API. Each account comes from its own test address so that this
 * file's sign-ups do not use up the per-address hourly sign-up limit the rest of the suite shares.
 */
async function account(baseURL: string, prefix: string): Promise<Account> {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}` },
  });
  const username = uniqueName(prefix);
  const created = await api.post("/api/users", {
    data: { username, password: PASSWORD, displayName: `Real ${username}` },
  });
  expect(created.status()).toBe(201);
  await signIn(api, username);
  return { api, username, id: (await created.json()).id };
}

async function classWith(teacher: Account, anonymous: boolean, ...students: Account[]) {
  const created = await teacher.api.post("/api/classes", {
    data: { name: uniqueName("class"), anonymous },
  });
  expect(created.status()).toBe(201);
  const klass = await created.json();
  for (const s of students)
    expect(
      (await s.api.post("/api/classes/join", { data: { code: klass.joinCode } })).status(),
    ).toBe(200);
  return klass as { id: string; name: string; rooms: { id: string }[] };
}

test.describe.configure({ mode: "serial" });

let teacher: Account;
let student: Account;
let classmate: Account;

test.beforeAll(async ({ baseURL }) => {
  [teacher, student, classmate] = await Promise.all([
    account(baseURL!, "teacher"),
    account(baseURL!, "student"),
    account(baseURL!, "classmate"),
  ]);
});

test("a teacher resets only accounts the class made, never a self-registered member's", async ({
  baseURL,
  browser,
}) => {
  const klass = await classWith(teacher, false, student);
  const takeover = await teacher.api.post(
    `/api/classes/${klass.id}/students/${student.id}/password`,
  );
  expect(takeover.status()).toBe(403);
  expect((await takeover.json()).error).toMatch(/made their own account/);
  // The student's own password still works.
  const again = await playwrightRequest.newContext({ baseURL });
  const signedIn = await signIn(again, student.username);
  expect(signedIn.headers()["location"]).not.toContain("error");
  await again.dispose();
  const made = await teacher.api.post(`/api/classes/${klass.id}/students`, {
    data: { names: ["Made Here"] },
  });
  const [managed] = (await made.json()).students;
  const reset = await teacher.api.post(`/api/classes/${klass.id}/students/${managed.id}/password`);
  expect(reset.status()).toBe(200);
  expect((await reset.json()).password).toMatch(/^[a-z]+-[a-z]+-\d{4}-[a-z]+$/);

  // The page offers the reset only for the account the class made.
  const context = await browser.newContext({ storageState: await teacher.api.storageState() });
  const page = await context.newPage();
  await page.goto(`/classes/${klass.id}`);
  const people = page.getByRole("region", { name: /People/ });
  await expect(people.getByRole("listitem").filter({ hasText: "Made Here" })).toContainText(
    "Reset password",
  );
  await expect(
    people.getByRole("listitem").filter({ hasText: `Real ${student.username}` }),
  ).not.toContainText("Reset password");
  // Pseudonyms are a feature of anonymous classes only; this one is not.
  await expect(people).not.toContainText("shown to classmates");
  await context.close();
});

test("a roster is at most a class (60) per request and 200 accounts per teacher a day", async () => {
  const klass = await classWith(teacher, false);
  const tooMany = await teacher.api.post(`/api/classes/${klass.id}/students`, {
    data: { names: Array.from({ length: 61 }, (_, i) => `Student ${i}`) },
  });
  expect(tooMany.status()).toBe(400);
  expect((await tooMany.json()).fields.names[0]).toMatch(/at most 60/);

  // Accounts this teacher made earlier today, straight into the server's database: the count
  // lives there, so every server process agrees on it.
  const [row] = await queryDatabase<{ made: number }>(
    "select count(*) as made from users where created_by = ?",
    [teacher.id],
  );
  for (let i = row!.made; i < 190; i++)
    await queryDatabase(
      "insert into users (id, username, name, created_by) values (?, ?, 'Earlier', ?)",
      [`earlier-${teacher.id}-${i}`, `earlier-${teacher.id.slice(0, 8)}-${i}`, teacher.id],
    );
  const over = await teacher.api.post(`/api/classes/${klass.id}/students`, {
    data: { names: Array.from({ length: 11 }, (_, i) => `Late ${i}`) },
  });
  expect(over.status()).toBe(429);
  expect((await over.json()).error).toMatch(/at most 200 student accounts a day; 10 left/);
  const fits = await teacher.api.post(`/api/classes/${klass.id}/students`, {
    data: { names: Array.from({ length: 10 }, (_, i) => `Last ${i}`) },
  });
  expect(fits.status()).toBe(201);
});

test("co-teachers are invited and accept; an enrolled student is not silently made a teacher", async ({
  browser,
}) => {
  const klass = await classWith(teacher, false, student);
  const invited = await teacher.api.post(`/api/classes/${klass.id}/teachers`, {
    data: { username: student.username },
  });
  expect(invited.status()).toBe(201);
  expect(await invited.json()).toMatchObject({ studentOfTheClass: true });
  expect((await (await student.api.get(`/api/classes/${klass.id}`)).json()).role).toBe("student");
  const { invitations } = await (await student.api.get("/api/classes")).json();
  expect(invitations).toContainEqual(expect.objectContaining({ classId: klass.id }));

  // Nobody else can answer it.
  expect(
    (
      await classmate.api.post(`/api/classes/${klass.id}/invitation`, {
        data: { answer: "accept" },
      })
    ).status(),
  ).toBe(404);

  // The teacher sees it waiting; the invitee sees what accepting changes, and accepts.
  const teacherPage = await (
    await browser.newContext({ storageState: await teacher.api.storageState() })
  ).newPage();
  await teacherPage.goto(`/classes/${klass.id}`);
  await expect(teacherPage.getByTestId("invited")).toContainText(student.username);
  const context = await browser.newContext({ storageState: await student.api.storageState() });
  const page = await context.newPage();
  await page.goto("/classes");
  const invitation = page.getByRole("region", { name: "Invitations to co-teach" });
  await expect(invitation).toContainText("accepting ends your student enrolment");
  await invitation.getByRole("button", { name: "Accept" }).click();
  await expect(invitation).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: klass.name })).toContainText("Teacher");
  await context.close();
  await teacherPage.context().close();
  expect((await (await student.api.get(`/api/classes/${klass.id}`)).json()).role).toBe("teacher");

  const removed = await teacher.api.delete(`/api/classes/${klass.id}/teachers/${student.id}`);
  expect(removed.status()).toBe(204);
  expect((await student.api.get(`/api/classes/${klass.id}`)).status()).toBe(403);
  // The owner stays.
  expect(
    (await teacher.api.delete(`/api/classes/${klass.id}/teachers/${teacher.id}`)).status(),
  ).toBe(403);
});

test("authors cannot rate their own evidence, and one person reports an item once", async () => {
  const created = await student.api.post("/api/claims/gulf-swf-size/evidence", {
    data: evidenceBody(),
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const own = await student.api.put(`/api/evidence/${id}/vote`, { data: { strength: 5 } });
  expect(own.status()).toBe(403);
  expect((await own.json()).error).toMatch(/cannot rate your own evidence/);
  expect(
    (await classmate.api.put(`/api/evidence/${id}/vote`, { data: { strength: 4 } })).status(),
  ).toBe(200);

  const report = () =>
    classmate.api.post(`/api/evidence/${id}/report`, { data: { reason: "Misquoted" } });
  expect((await report()).status()).toBe(204);
  const second = await report();
  expect(second.status()).toBe(409);
  expect((await second.json()).error).toMatch(/already reported/);
  const [stored] = await queryDatabase<{ reports: number }>(
    "select count(*) as reports from reports where evidence_id = ?",
    [id],
  );
  expect(stored!.reports).toBe(1);
});

test("in an anonymous class, classmates never see an account id or an order by real name", async () => {
  const klass = await classWith(teacher, true, student, classmate);
  const room = klass.rooms[0]!.id;
  const created = await student.api.post(`/api/claims/gulf-anchor/evidence?room=${room}`, {
    data: evidenceBody(),
  });
  expect(created.status()).toBe(201);

  const claim = await (await classmate.api.get(`/api/claims/gulf-anchor?room=${room}`)).text();
  expect(claim).toContain("A source");
  expect(claim).not.toContain(student.id);
  expect(claim).not.toContain(student.username);

  const { members } = await (await classmate.api.get(`/api/classes/${klass.id}`)).json();
  const text = JSON.stringify(members);
  for (const someone of [student, teacher]) expect(text).not.toContain(someone.id);
  expect(text).not.toContain(`Real ${student.username}`);

  // The teacher still sees who is who.
  const asTeacher = await (await teacher.api.get(`/api/classes/${klass.id}`)).json();
  expect(JSON.stringify(asTeacher.members)).toContain(student.id);
});

test("display names refuse control, text-direction and zero-width characters", async ({
  baseURL,
}) => {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}` },
  });
  for (const displayName of ["admin\u202Enimda", "Ad\u200Bmin", "Ad\u0007min"]) {
    const response = await api.post("/api/users", {
      data: { username: uniqueName("names"), password: PASSWORD, displayName },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).fields.displayName[0]).toMatch(/visible characters only/);
  }
  const roster = await teacher.api.post(
    `/api/classes/${(await classWith(teacher, false)).id}/students`,
    {
      data: { names: ["Fine Name", "Evil\u202Egnp.exe"] },
    },
  );
  expect(roster.status()).toBe(400);
  await api.dispose();
});

test("changing one's password asks for the current one and signs out every other session", async ({
  browser,
  baseURL,
}) => {
  const owner = await account(baseURL!, "owner");
  const here = await browser.newContext();
  const page = await here.newPage();
  await page.goto("/sign-in?next=/account/password");
  await page.getByLabel("Username").fill(owner.username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/password/);

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByLabel("New password again").fill("a brand new password");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
    /not your current password/,
  );

  // The form clears after an answer, as every form here does: fill it in again.
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByLabel("New password again").fill("a brand new password");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(/\/$/);

  // This browser stays signed in; the API session made before the change has ended.
  await page.reload();
  await expect(page.getByTestId("viewer-name")).toHaveText(`Real ${owner.username}`);
  expect((await (await here.request.get("/api/me")).json()).viewer).not.toBeNull();
  expect((await (await owner.api.get("/api/me")).json()).viewer).toBeNull();
  expect((await owner.api.get("/api/classes")).status()).toBe(401);
  await here.close();
});
