import { expect, test, type Page } from "@playwright/test";
import { join, makeClass, person } from "./classroom-support";
import { queryDatabase } from "./support";

const propose = async (page: Page, english: string, relation: RegExp = /Opposes this claim/) => {
  const form = page.getByRole("form", { name: "Propose a claim" });
  await form.getByLabel(relation).check();
  await form.getByLabel("Kind of claim").selectOption("predictive");
  await form.getByLabel("Claim in English").fill(english);
  return form;
};

test("a class grows its tree: propose, see a similar one, edit, and the teacher merges duplicates", async ({
  browser,
}) => {
  test.slow(); // three people, eight pages: a whole story
  const teacher = await person(browser, "teacher");
  const ana = await person(browser, "ana");
  const ben = await person(browser, "ben");
  const klass = await makeClass(teacher, "Debate club");
  for (const s of [ana, ben]) await join(s, klass);
  const claimPage = `/debates/ai-dollar/claims/gulf-anchor?room=${klass.roomId}`;

  // Ana proposes a con: nothing alike under this claim yet, so it is saved at once.
  const anaPage = await ana.context.newPage();
  await anaPage.goto(claimPage);
  let form = await propose(anaPage, "Gulf funds will hedge with Chinese chips");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByRole("status")).toHaveText("Claim proposed. It is in the tree now.");
  await expect(
    anaPage
      .getByRole("region", { name: "Claims under this one" })
      .getByText("Gulf funds will hedge with Chinese chips"),
  ).toBeVisible();

  // Ben writes nearly the same: the server shows Ana's before saving; he saves his anyway.
  const benPage = await ben.context.newPage();
  await benPage.goto(claimPage);
  form = await propose(benPage, "Gulf funds will hedge using Chinese chips");
  await form.getByRole("button", { name: "Propose" }).click();
  const similar = form.getByRole("region", { name: "Similar claims" });
  await expect(similar.getByRole("link")).toHaveText("Gulf funds will hedge with Chinese chips");
  await form.getByRole("button", { name: "Mine is different: save it" }).click();
  await expect(form.getByRole("status")).toHaveText("Claim proposed. It is in the tree now.");

  // Ben edits his claim while nobody has voted on it.
  await form.getByRole("link", { name: "Open your claim" }).click();
  const edit = benPage.getByRole("form", { name: "Edit your claim" });
  await edit.getByLabel("Claim in English").fill("Gulf funds will hedge by buying Chinese chips");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(benPage.getByRole("heading", { level: 1 })).toContainText(
    "Gulf funds will hedge by buying Chinese chips",
  );
  await expect(benPage.getByRole("heading", { level: 1 })).toContainText(/not yet translated/i);
  const benClaimUrl = benPage.url();

  // The tree shows the proposals as a person's (a pseudonym: the class is not anonymous, so a name),
  // in the branch of readers' claims under their parent, loaded when opened (decision 0032):
  // here from the keyboard.
  const classPage = await anaPage.goto(`/debates/ai-dollar?room=${klass.roomId}`);
  const classHtml = await classPage!.text();
  const readers = anaPage.locator('[data-reader-branch="gulf-anchor"] > summary');
  await expect(readers).toHaveText("2 readers' claims");
  await readers.focus();
  await anaPage.keyboard.press("Enter");
  const node = anaPage
    .locator("li[data-claim-id]")
    .filter({ hasText: "Gulf funds will hedge with Chinese chips" })
    .first();
  await expect(node.locator("[data-origin=reader]").first()).toHaveText(`Proposed by ${ana.name}`);
  const essayNode = anaPage.locator('li[data-claim-id="gulf-anchor"] > .claim-card');
  await expect(essayNode.locator("[data-origin=reader]")).toHaveCount(0);

  // "Expand to a claim" reaches a reader's claim in a branch the page has not loaded yet, and
  // "Expand all" opens the readers' branches too.
  const anaClaimId = (await node.locator(".claim-link").first().getAttribute("href"))!
    .split("?")[0]!
    .split("/")
    .pop()!;
  await anaPage.goto(`/debates/ai-dollar?room=${klass.roomId}&claim=${anaClaimId}#argument-tree`);
  await expect(
    anaPage.locator(`li[data-claim-id="${anaClaimId}"] > .claim-card .claim-link`),
  ).toBeFocused();
  await anaPage.goto(`/debates/ai-dollar?room=${klass.roomId}`);
  await expect(readers).toHaveText("2 readers' claims");
  await anaPage.getByRole("button", { name: "Expand all" }).click();
  await expect(anaPage.getByText("Gulf funds will hedge with Chinese chips").first()).toBeVisible();

  // The class's claims stay with the class: the page (a shell cached for every reader of the
  // room) holds none of them, and someone outside the class gets neither the page's nor the
  // branch's.
  expect(classHtml).not.toContain("Gulf funds will hedge");
  const outsider = await person(browser, "outsider");
  const outsiderPage = await outsider.context.newPage();
  const shell = await outsiderPage.goto(`/debates/ai-dollar?room=${klass.roomId}`);
  await expect(outsiderPage.getByRole("heading", { name: "This room is private" })).toBeVisible();
  expect(await shell!.text()).not.toContain("Gulf funds will hedge");
  await expect(outsiderPage.getByText("Gulf funds will hedge")).toHaveCount(0);
  for (const query of ["", "&under=gulf-anchor", "&claim=gulf-anchor"]) {
    const branch = await outsider.context.request.get(
      `/api/debates/ai-dollar/branches?room=${klass.roomId}${query}`,
    );
    expect(branch.status()).toBe(403);
    expect(await branch.text()).not.toContain("Gulf funds will hedge");
  }

  // The teacher merges Ben's duplicate into Ana's: one claim left, the log says so.
  const teacherPage = await teacher.context.newPage();
  await teacherPage.goto(benClaimUrl);
  const merge = teacherPage.getByRole("form", { name: "Merge this claim" });
  await merge
    .getByLabel(/Merge it into/)
    .selectOption({ label: "Gulf funds will hedge with Chinese chips" });
  await merge.getByLabel("Reason (for the log)").fill("Same claim");
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(
    teacherPage.getByText(/This claim was (revised|merged)|carried on/i).first(),
  ).toBeVisible();
  await teacherPage.goto(claimPage);
  const under = teacherPage.getByRole("region", { name: "Claims under this one" });
  await expect(under.getByText(/Gulf funds will hedge/)).toHaveCount(1);
  const log = await queryDatabase<{ action: string; reason: string }>(
    "select action, reason from moderation_log where room_id = ? and claim_id is not null",
    [klass.roomId],
  );
  expect(log).toEqual([{ action: "merge", reason: "Same claim" }]);
  for (const p of [teacher, ana, ben]) await p.context.close();
});
