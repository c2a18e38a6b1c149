import { expect, test } from "@playwright/test";
import { assign, join, makeClass, person } from "./classroom-support";

test("every class-room page says which class, assignment, side and claims; forms say where a post goes", async ({
  browser,
}) => {
  const teacher = await person(browser, "teacher");
  const student = await person(browser, "student");
  const klass = await makeClass(teacher, "History 9C");
  await join(student, klass);
  const me = (await (await student.context.request.get(`/api/classes/${klass.id}`)).json()) as {
    members: { id: string; role: string }[];
  };
  const studentId = me.members.find((m) => m.role === "student")!.id;
  await assign(teacher, klass, {
    title: "Question the chips pillar",
    sideMode: "per-student",
    sides: { [studentId]: "rebut" },
    targetClaimIds: ["gulf-anchor"],
  });

  const page = await student.context.newPage();
  await page.goto(`/debates/ai-dollar?room=${klass.roomId}`);
  const banner = page.getByRole("complementary", { name: "Where you are" });
  await expect(banner).toContainText("Class room of History 9C");
  await expect(banner.getByTestId("room-assignment")).toContainText("Question the chips pillar");
  await expect(banner.getByTestId("room-side")).toHaveText("Rebut the claims");

  await banner.getByTestId("room-assignment").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/claims/gulf-anchor\\?room=${klass.roomId}`));
  await expect(page.getByRole("complementary", { name: "Where you are" })).toContainText(
    "Class room of History 9C",
  );
  const addEvidence = page.getByRole("region", { name: "Add evidence" });
  await expect(addEvidence.getByTestId("posts-to")).toContainText("class room of History 9C");

  await page.goto("/debates/ai-dollar/claims/gulf-anchor");
  await expect(page.getByRole("complementary", { name: "Where you are" })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Add evidence" }).getByTestId("posts-to"),
  ).toContainText("public room");
  for (const p of [teacher, student]) await p.context.close();
});
