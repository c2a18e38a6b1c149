import { expect, test, type Page } from "@playwright/test";
import { signUpInBrowser, uniqueName } from "./support";

const NEW_PASSWORD = "my own good password";

async function signInAs(page: Page, username: string, password: string) {
  await page.goto("/sign-in?next=/classes");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a teacher runs a class: accounts, sided assignment, progress, feedback, grades, CSV; outsiders stay out", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUpInBrowser(teacher, uniqueName("teacher"), "/classes");
  await teacher.getByLabel("Class name").fill("Economics 11B");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Economics 11B");
  const classUrl = teacher.url();
  const roomLink = teacher.getByRole("link", { name: /Class room:/ });
  const roomHref = (await roomLink.getAttribute("href"))!;
  const roomId = new URL(roomHref, baseURL).searchParams.get("room")!;

  // Three accounts, shown once.
  await teacher.getByLabel("Students' names, one per line").fill("Mei Chen\nTom Ruiz\nAda Lee");
  await teacher.getByRole("button", { name: "Make accounts" }).click();
  const rows = teacher.getByTestId("new-accounts").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  const [name, username, password] = await rows.first().locator("td").allTextContents();
  expect(name).toBe("Mei Chen");

  // An assignment with balanced random support/rebut teams.
  const form = teacher.getByRole("form", { name: "Set an assignment" });
  await form.getByLabel("Title").fill("Test the Gulf pillar");
  await form
    .getByLabel("Instructions")
    .fill("Find one source on your side, vote on a claim, rate a classmate's evidence.");
  await form.getByLabel(/^Due/).fill("2030-06-01T12:00");
  await form.getByLabel("Balanced random support / rebut teams").check();
  await form.getByLabel("Evidence items").fill("1");
  await form.getByLabel("Claims voted on").fill("1");
  await form.getByLabel("Evidence rated").fill("1");
  await form.getByRole("button", { name: "Set assignment" }).click();
  await expect(form.getByRole("status")).toHaveText("Assignment set.");
  await expect(teacher.getByTestId("progress")).toContainText("Test the Gulf pillar");

  // The student signs in with the one-time password and must choose a new one.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signInAs(student, username!, password!);
  await expect(student).toHaveURL(/\/account\/password/);
  await student.getByLabel("One-time password").fill(password!);
  await student.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await student.getByLabel("New password again").fill(NEW_PASSWORD);
  await student.getByRole("button", { name: "Save password" }).click();
  // Straight into their class.
  await expect(student).toHaveURL(classUrl);
  const todo = student.getByTestId("todo");
  await expect(todo).toContainText("Test the Gulf pillar");
  const side = (await student.getByTestId("my-side").textContent())!
    .toLowerCase()
    .startsWith("support")
    ? "support"
    : "rebut";
  await expect(student.getByTestId("todo-status")).toHaveText("To do");

  // Completes it in the class room, where the teacher has cited a source to rate.
  const cited = await teacherContext.request.post(
    `/api/claims/gulf-capital-hub/evidence?room=${roomId}`,
    {
      data: {
        stance: "rebut",
        url: "https://example.org/teachers-source",
        title: "The teacher's source",
        quote: "Capital follows returns, not flags.",
        explanation: "A counterpoint to weigh.",
        sourceType: "research",
      },
    },
  );
  expect(cited.status()).toBe(201);
  await student.goto(`/debates/ai-dollar/claims/gulf-capital-hub?room=${roomId}`);
  const evidence = student.getByRole("form", { name: "Add evidence" });
  await evidence.getByLabel(side === "support" ? "Supports the claim" : "Rebuts the claim").check();
  await evidence.getByLabel("Source link").fill("https://example.org/gulf-hub");
  await evidence.getByLabel("Source title").fill("Gulf funds as capital hub");
  await evidence
    .getByLabel("Exact quote from the source")
    .fill("Sovereign funds now lead AI infrastructure deals.");
  await evidence.getByLabel("How it bears on the claim").fill("It speaks to the hub claim.");
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  const card = student.locator("article", { hasText: "Gulf funds as capital hub" });
  // Others judge an item's strength: its author is not offered a rating.
  await expect(card.getByRole("button", { name: "Rate 4 of 5" })).toHaveCount(0);
  const teachers = student
    .getByTestId("evidence-rebutting")
    .locator("article", { hasText: "The teacher's source" });
  await teachers.getByRole("button", { name: "Rate 4 of 5" }).click();
  await expect(teachers.getByTestId("evidence-rating")).toContainText("1 rating");
  const vote = student.getByRole("form", { name: "Your vote on this claim" });
  await vote.getByText("Agree", { exact: true }).click();
  await vote.getByRole("button", { name: "Save vote" }).click();
  await expect(vote.getByRole("status")).toHaveText("Vote saved.");
  await student.goto(classUrl);
  await expect(student.getByTestId("todo-status")).toHaveText("Done");

  // The class page sets the class verdict beside the public one.
  const classPage = await student.goto(`/debates/ai-dollar?room=${roomId}`);
  await expect(student.getByTestId("verdicts")).toContainText("Public verdict");
  await expect(student.locator('[data-score-for="thesis"][data-pending]')).toHaveCount(0);
  // The page itself is a shell shared by the room's readers (decision 0028): no score or
  // verdict in it; those come from the members-only snapshot, which no cache keeps.
  const shell = await classPage!.text();
  expect(shell).not.toContain('data-testid="verdicts"');
  expect(shell).toContain("data-pending");
  const snapshot = await studentContext.request.get(
    `/api/debates/ai-dollar/snapshot?room=${roomId}`,
  );
  expect(snapshot.headers()["cache-control"]).toContain("no-store");

  // The teacher sees the progress, grades, releases, downloads the gradebook.
  await teacher.reload();
  const row = teacher.locator(`tr[data-student="${username}"]`);
  await expect(row.getByTestId("status")).toHaveText("Done");
  await row.getByRole("link", { name: "Mei Chen" }).click();
  await expect(teacher.getByRole("region", { name: "Evidence in the class rooms" })).toContainText(
    "Gulf funds as capital hub",
  );
  await teacher.goto(classUrl);
  const feedback = teacher.getByRole("form", { name: "Feedback for Mei Chen" });
  await feedback.getByLabel(/Points/).fill("90");
  await feedback
    .getByLabel("Feedback")
    .fill("Well-sourced. Next time, engage the other team's evidence.");
  await feedback.getByRole("button", { name: "Save" }).click();
  await expect(feedback.getByRole("status")).toHaveText("Feedback saved.");
  await teacher.getByRole("button", { name: "Release grades" }).click();
  await expect(teacher.getByText("Grades released to students.")).toBeVisible();
  const csv = await teacherContext.request.get(
    `/api/classes/${classUrl.split("/").pop()}/gradebook.csv`,
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split(/\r\n/);
  expect(lines[0]).toContain("Test the Gulf pillar (/100)");
  expect(lines.find((l) => l.includes(`"${username}"`))).toContain('"90"');
  expect(lines).toHaveLength(4);

  // The student sees the grade.
  await student.goto(classUrl);
  await expect(student.getByTestId("grade")).toContainText("90 / 100");
  await expect(student.getByTestId("grade")).toContainText("Well-sourced.");

  // An outsider cannot open the class room: page, API or live stream.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signUpInBrowser(outsider, uniqueName("outsider"));
  await outsider.goto(`/debates/ai-dollar?room=${roomId}`);
  await expect(outsider.getByRole("heading", { name: "This room is private" })).toBeVisible();
  await expect(outsider.getByText("Gulf funds as capital hub")).toHaveCount(0);
  expect(
    (await outsiderContext.request.get(`/api/debates/ai-dollar?room=${roomId}`)).status(),
  ).toBe(403);
  expect(
    (await outsiderContext.request.get(`/api/debates/ai-dollar/snapshot?room=${roomId}`)).status(),
  ).toBe(403);
  expect(
    (await outsiderContext.request.get(`/api/claims/gulf-capital-hub?room=${roomId}`)).status(),
  ).toBe(403);
  expect(
    (await outsiderContext.request.get(`/api/debates/ai-dollar/events?room=${roomId}`)).status(),
  ).toBe(403);
  expect(
    (
      await outsiderContext.request.get(`/api/debates/ai-dollar/events?room=${roomId}`, {
        headers: { cookie: "" },
      })
    ).status(),
  ).toBe(401);
  for (const context of [teacherContext, studentContext, outsiderContext]) await context.close();
});

test("anonymous visitors get 401 from every class endpoint", async ({ request }) => {
  const id = "no-such-class";
  const calls = [
    request.get("/api/classes"),
    request.post("/api/classes", { data: { name: "X" } }),
    request.post("/api/classes/join", { data: { code: "ABCDEFGH" } }),
    request.get(`/api/classes/${id}`),
    request.post(`/api/classes/${id}/students`, { data: { names: ["A"] } }),
    request.post(`/api/classes/${id}/assignments`, { data: {} }),
    request.get(`/api/classes/${id}/progress`),
    request.get(`/api/classes/${id}/gradebook.csv`),
    request.get(`/api/classes/${id}/todo`),
  ];
  for (const response of await Promise.all(calls)) expect(response.status()).toBe(401);
});
