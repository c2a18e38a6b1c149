import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { assign, join, makeClass, person } from "./classroom-support";
import { evidenceBody, queryDatabase } from "./support";

/**
 * axe over every page, as each kind of reader, at desktop and phone widths: zero violations
 * (issue 12 item 5). All of axe's rules run, best practices included (duplicate landmarks are one).
 *
 * To add a page, add its path to the reader who can open it. To add an interface language, add
 * it to `interfaceLanguages` with the way a reader chooses it (its `<html lang>` is checked).
 */
const interfaceLanguages: {
  name: string;
  lang: string;
  choose: (context: BrowserContext, baseURL: string) => Promise<void>;
}[] = [
  { name: "en", lang: "en", choose: async () => {} },
  {
    name: "zh-Hant",
    lang: "zh-Hant",
    choose: (context, url) => context.addCookies([{ name: "agora-ui", value: "zh", url }]),
  },
];

const widths = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "360 px", viewport: { width: 360, height: 740 } },
];

type Cast = {
  /** Each reader's cookies (none when signed out). */
  states: Record<Reader, Awaited<ReturnType<BrowserContext["storageState"]>> | undefined>;
  classUrl: string;
  roomId: string;
  joinCode: string;
  studentId: string;
};
type Reader = "signed out" | "debater" | "teacher" | "student" | "admin";

const pagesOf: Record<Reader, (cast: Cast) => string[]> = {
  "signed out": (c) => [
    "/",
    "/debates/ai-dollar",
    "/debates/ai-dollar?lang=zh",
    "/debates/ai-dollar?lang=en",
    "/debates/ai-dollar?q=dollar&kind=factual",
    "/debates/ai-dollar/claims/thesis",
    "/debates/ai-dollar/claims/pif-ai-investment?lang=zh",
    "/debates/ai-dollar/map",
    "/sign-in",
    "/sign-up",
    "/recover",
    `/classes/join/${c.joinCode}`,
  ],
  debater: () => [
    "/",
    "/debates/ai-dollar",
    "/debates/ai-dollar/claims/thesis",
    "/account",
    "/account/password",
    "/me",
    "/classes",
  ],
  teacher: (c) => [
    "/classes",
    c.classUrl,
    `${c.classUrl}/students/${c.studentId}`,
    `/debates/ai-dollar?room=${c.roomId}`,
    `/debates/ai-dollar/map?room=${c.roomId}`,
  ],
  student: (c) => [
    "/classes",
    c.classUrl,
    `/debates/ai-dollar?room=${c.roomId}`,
    `/debates/ai-dollar/claims/thesis?room=${c.roomId}`,
    "/me",
    `/classes/join/${c.joinCode}`,
  ],
  admin: () => ["/moderation"],
};

let cast: Promise<Cast> | undefined;

/** Names the tests before the cast exists (titles show these in place of ids). */
const placeholders: Cast = {
  states: {
    "signed out": undefined,
    debater: undefined,
    teacher: undefined,
    student: undefined,
    admin: undefined,
  },
  classUrl: "/classes/[class]",
  roomId: "[room]",
  joinCode: "[code]",
  studentId: "[student]",
};

/** One teacher with a class and an assignment, a student in it, a debater and an admin. */
async function makeCast(browser: Browser): Promise<Cast> {
  const [debater, teacher, student, admin] = await Promise.all([
    person(browser, "debater"),
    person(browser, "teacher"),
    person(browser, "student"),
    person(browser, "admin"),
  ]);
  const klass = await makeClass(teacher);
  await join(student, klass);
  // Two assignments, sides per student, and a reported item: everything the class page repeats.
  await assign(teacher, klass);
  await assign(teacher, klass, { title: "Argue your side", sideMode: "per-student" });
  const cited = await student.context.request.post(
    `/api/claims/gulf-anchor/evidence?room=${klass.roomId}`,
    { data: evidenceBody() },
  );
  expect(cited.status()).toBe(201);
  const reported = await teacher.context.request.post(
    `/api/evidence/${(await cited.json()).id}/report`,
    { data: { reason: "Check this source" } },
  );
  expect(reported.status()).toBe(204);
  await queryDatabase("UPDATE users SET role = 'admin' WHERE username = ?", [admin.username]);
  const [row] = await queryDatabase<{ id: string }>("SELECT id FROM users WHERE username = ?", [
    student.username,
  ]);
  const studentId = row!.id;
  const state = (p: typeof debater) => p.context.storageState();
  const states = {
    "signed out": undefined,
    debater: await state(debater),
    teacher: await state(teacher),
    student: await state(student),
    admin: await state(admin),
  };
  await Promise.all([debater, teacher, student, admin].map((p) => p.context.close()));
  return { states, classUrl: klass.url, roomId: klass.roomId, joinCode: klass.joinCode, studentId };
}

// One test per page, so the suite spreads over the workers; each worker makes its cast once.
// Both widths are checked on one load of the page: the layout follows the viewport (CSS only).
for (const language of interfaceLanguages)
  for (const reader of Object.keys(pagesOf) as Reader[])
    for (const index of pagesOf[reader](placeholders).keys())
      test(`no axe violations: ${reader}, ${widths.map((w) => w.name).join(" and ")}, interface ${language.name}: ${pagesOf[reader](placeholders)[index]}`, async ({
        browser,
        baseURL,
      }) => {
        test.setTimeout(180_000); // axe over the map or the debate page takes long on a busy machine
        cast ??= makeCast(browser);
        const c = await cast;
        const path = pagesOf[reader](c)[index]!;
        const context = await browser.newContext({
          viewport: widths[0]!.viewport,
          storageState: c.states[reader],
        });
        await language.choose(context, baseURL!);
        const page = await context.newPage();
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        await expect(page.locator("html")).toHaveAttribute("lang", language.lang);
        const found: string[] = [];
        for (const width of widths) {
          await page.setViewportSize(width.viewport);
          const { violations } = await new AxeBuilder({ page }).analyze();
          found.push(
            ...violations.map(
              (v) =>
                `${width.name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
            ),
          );
        }
        await context.close();
        expect(found).toEqual([]);
      });
