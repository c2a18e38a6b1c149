import { expect, test } from "@playwright/test";
import { join, makeClass, person, vote } from "./classroom-support";

test.use({ timezoneId: "Asia/Taipei" });

test("the thesis chart has axes in the reader's zone, the 50 line, ranges and a summary", async ({
  page,
}) => {
  await page.goto("/debates/ai-dollar");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const chart = page.getByTestId("thesis-chart");
  await expect(chart.getByTestId("y-axis")).toHaveText("050100");
  await expect(chart.getByTestId("fifty-line")).toHaveCount(1);
  const ticks = chart.getByTestId("x-tick");
  await expect(ticks).toHaveCount(3);
  // Hydrated: times are the reader's (Taipei), no longer the server's UTC.
  await expect(ticks.last()).not.toContainText("UTC");
  const taipei = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Taipei",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date());
  await expect(ticks.last()).toContainText(taipei.slice(0, 2));

  const summary = chart.getByTestId("chart-summary");
  await expect(summary).toHaveText(
    /^Thesis score \d+, (unchanged|(up|down) \d+) since the start; range \d+–\d+$/,
  );
  await chart.getByRole("button", { name: "Last hour" }).click();
  await expect(chart.getByRole("button", { name: "Last hour" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(summary).toContainText("since an hour ago");
  await chart.getByRole("button", { name: "Last day" }).click();
  await expect(summary).toContainText("since a day ago");

  // Focus shows the latest value; the arrow keys walk back through the changes.
  await chart.getByTestId("chart-plot").focus();
  const score = await page
    .locator('[data-score-for="thesis"] [data-testid="claim-score"]')
    .first()
    .textContent();
  await expect(chart.getByTestId("chart-readout")).toHaveText(new RegExp(`^${score} at \\d`));
});

test("in a class room the chart draws the public line beside the class's own", async ({
  browser,
}) => {
  const teacher = await person(browser, "teacher");
  const student = await person(browser, "student");
  const klass = await makeClass(teacher);
  await join(student, klass);
  const page = await student.context.newPage();
  // The page is a cached shell filled from the room's snapshot (decision 0028): it must
  // hydrate cleanly and leave no score badge empty.
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`/debates/ai-dollar?room=${klass.roomId}`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await expect(page.getByTestId("verdicts")).toBeVisible();
  await expect(page.locator("[data-score-for][data-pending]")).toHaveCount(0);
  expect(errors).toEqual([]);
  const chart = page.getByTestId("thesis-chart");
  await expect(chart.getByTestId("public-line")).toHaveCount(1);
  await expect(chart).toContainText("This class");
  const own = chart.getByTestId("own-line");
  const before = await own.getAttribute("points");
  expect((await vote(student, klass, "worth-guarding-against", 2)).ok()).toBe(true);
  await expect(own).not.toHaveAttribute("points", before!, { timeout: 10_000 });
});

test("the public room's chart has no second line", async ({ page }) => {
  await page.goto("/debates/ai-dollar");
  await expect(page.getByTestId("thesis-chart").getByTestId("own-line")).toHaveCount(1);
  await expect(page.getByTestId("thesis-chart").getByTestId("public-line")).toHaveCount(0);
});

test("the debate page and the map hydrate without errors (no server/client time mismatch)", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  for (const path of ["/debates/ai-dollar", "/debates/ai-dollar/map"]) {
    await page.goto(path);
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  }
  expect(errors).toEqual([]);
});
