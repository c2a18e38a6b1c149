import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { assignmentSides, feedback } from "@/db/schema";
import {
  deleteAssignment,
  duplicateAssignment,
  setStudentSide,
  updateAssignment,
} from "@/lib/assignments/edits";
import { createAssignment } from "@/lib/assignments/create";
import { gradebookCsv } from "@/lib/assignments/gradebook-csv";
import { giveFeedback } from "@/lib/assignments/grades";
import { classProgress } from "@/lib/assignments/progress";
import { todoFor } from "@/lib/assignments/todo";
import { createClass, createStudents, joinWithCode } from "@/lib/classes";
import { AppError } from "@/lib/errors";
import { joinPreview } from "@/lib/join-preview";
import { landingAfterPasswordChange } from "@/lib/landing";
import { roomContext } from "@/lib/room-context";
import type { Viewer } from "@/lib/session";
import { assignmentSchema } from "@/lib/validation/classes";
import { makeViewers } from "../support/accounts";

let teacher: Viewer, ana: Viewer, ben: Viewer;
let classId: string, roomId: string, joinCode: string;

const input = (overrides: Record<string, unknown> = {}) =>
  assignmentSchema.parse({
    title: "Weigh the Gulf pillar",
    dueAt: "2030-01-01T12:00:00+08:00",
    timeZone: "Asia/Taipei",
    minEvidence: 1,
    sideMode: "balanced-random",
    ...overrides,
  });
const sidesOf = async (assignmentId: string) =>
  Object.fromEntries(
    (
      await db.select().from(assignmentSides).where(eq(assignmentSides.assignmentId, assignmentId))
    ).map((r) => [r.userId, r.side]),
  );
const status = (error: unknown) => (error instanceof AppError ? error.status : error);

beforeAll(async () => {
  const made = await makeViewers(3, "edits");
  [teacher, ana, ben] = [made[0]!, made[1]!, made[2]!];
  const klass = await createClass(teacher, { name: "經濟 11B", anonymous: false });
  [classId, roomId, joinCode] = [klass.id, klass.rooms[0]!.id, klass.joinCode!];
  await joinWithCode(ana, joinCode);
  await joinWithCode(ben, joinCode);
});

describe("editing, deleting and duplicating assignments", () => {
  it("an edit keeps the teams while the side mode is kept, and deals them afresh when it changes", async () => {
    const { id, sides } = await createAssignment(teacher, classId, input());
    await updateAssignment(
      teacher,
      id,
      input({ title: "Weigh the Gulf pillar again", minEvidence: 2 }),
    );
    expect(await sidesOf(id)).toEqual(sides);
    const [edited] = (await classProgress(teacher, classId)).filter((a) => a.id === id);
    expect(edited).toMatchObject({ title: "Weigh the Gulf pillar again", minEvidence: 2 });
    await updateAssignment(
      teacher,
      id,
      input({ sideMode: "whole-class", wholeClassSide: "rebut" }),
    );
    expect(await sidesOf(id)).toEqual({});
  });

  it("a due time in the past needs the teacher's confirmation, on create and on a changed due time", async () => {
    const past = { dueAt: "2020-01-01T12:00:00+08:00" };
    const refused = await createAssignment(teacher, classId, input(past)).catch((e) => e);
    expect(status(refused)).toBe(400);
    expect((refused as AppError).fields?.dueAt?.[0]).toMatch(/already passed/);
    const { id } = await createAssignment(
      teacher,
      classId,
      input({ ...past, confirmPastDue: true }),
    );
    // Changing only the title of an overdue assignment asks nothing.
    await updateAssignment(teacher, id, input({ ...past, title: "Renamed" }));
    const moved = { dueAt: "2021-01-01T12:00:00+08:00" };
    expect(status(await updateAssignment(teacher, id, input(moved)).catch((e) => e))).toBe(400);
  });

  it("a duplicate copies the sides without the feedback; a delete takes sides and feedback with it", async () => {
    const { id } = await createAssignment(teacher, classId, input());
    await giveFeedback(teacher, id, { studentId: ana.id, comment: "Good", points: 80 });
    const copy = await duplicateAssignment(teacher, id);
    expect(await sidesOf(copy.id)).toEqual(await sidesOf(id));
    const titles = (await todoFor(ana, classId)).map((t) => t.title);
    expect(titles.filter((t) => t === "Weigh the Gulf pillar (copy)").length).toBeGreaterThan(0);
    await deleteAssignment(teacher, id);
    expect(await sidesOf(id)).toEqual({});
    expect(await db.select().from(feedback).where(eq(feedback.assignmentId, id))).toEqual([]);
    expect((await todoFor(ana, classId)).some((t) => t.id === id)).toBe(false);
  });
});

describe("sides", () => {
  it("the teacher sets, changes and clears a student's side; not on whole-class assignments", async () => {
    const { id } = await createAssignment(teacher, classId, input({ sideMode: "per-student" }));
    await setStudentSide(teacher, id, { studentId: ana.id, side: "rebut" });
    expect((await todoFor(ana, classId)).find((t) => t.id === id)?.side).toBe("rebut");
    await setStudentSide(teacher, id, { studentId: ana.id, side: "support" });
    expect((await todoFor(ana, classId)).find((t) => t.id === id)?.side).toBe("support");
    await setStudentSide(teacher, id, { studentId: ana.id, side: null });
    expect((await todoFor(ana, classId)).find((t) => t.id === id)?.side).toBeNull();
    expect(
      status(
        await setStudentSide(teacher, id, { studentId: teacher.id, side: "rebut" }).catch((e) => e),
      ),
    ).toBe(404);
    const whole = await createAssignment(teacher, classId, input({ sideMode: "whole-class" }));
    expect(
      status(
        await setStudentSide(teacher, whole.id, { studentId: ana.id, side: "rebut" }).catch(
          (e) => e,
        ),
      ),
    ).toBe(409);
  });

  it("students who join later join the smaller balanced team; per-student sides wait for the teacher", async () => {
    const klass = await createClass(teacher, { name: "Late joiners", anonymous: false });
    const balanced = await createAssignment(teacher, klass.id, input());
    const chosen = await createAssignment(teacher, klass.id, input({ sideMode: "per-student" }));
    const made = await createStudents(teacher, klass.id, ["One", "Two", "Three", "Four", "Five"]);
    const [late] = await makeViewers(1, "late");
    await joinWithCode(late!, klass.joinCode!);
    const sides = Object.values(await sidesOf(balanced.id));
    expect(sides).toHaveLength(made.length + 1);
    const support = sides.filter((s) => s === "support").length;
    expect(Math.abs(support - (sides.length - support))).toBe(0);
    expect(await sidesOf(chosen.id)).toEqual({});
    const table = (await classProgress(teacher, klass.id)).find((a) => a.id === chosen.id)!;
    expect(table.students.every((s) => s.side === null)).toBe(true);
  });
});

describe("the to-do, the room and the join link tell students where they are", () => {
  it("the to-do lists the target claims with their text", async () => {
    const { id } = await createAssignment(
      teacher,
      classId,
      input({ targetClaimIds: ["gulf-anchor", "pif-ai-investment"] }),
    );
    const item = (await todoFor(ana, classId)).find((t) => t.id === id)!;
    expect(item.targets.map((t) => t.id)).toEqual(["gulf-anchor", "pif-ai-investment"]);
    expect(item.targets[0]!.textEn.length).toBeGreaterThan(10);
  });

  it("a class room names its class, assignments and the student's side; outsiders are refused", async () => {
    const { id } = await createAssignment(
      teacher,
      classId,
      input({
        sideMode: "per-student",
        sides: { [ana.id]: "rebut" },
        targetClaimIds: ["gulf-anchor"],
      }),
    );
    const context = await roomContext(roomId, ana);
    expect(context.kind).toBe("class");
    if (context.kind !== "class") return;
    expect(context.className).toBe("經濟 11B");
    const mine = context.assignments.find((a) => a.id === id)!;
    expect(mine.side).toBe("rebut");
    expect(mine.targets.map((t) => t.id)).toEqual(["gulf-anchor"]);
    expect((await roomContext(undefined, ana)).kind).toBe("public");
    const [outsider] = await makeViewers(1, "outside");
    expect(status(await roomContext(roomId, outsider!).catch((e) => e))).toBe(403);
  });

  it("a join code tells the class and its teacher, while joining is open", async () => {
    expect(await joinPreview(joinCode.toLowerCase())).toEqual({
      code: joinCode,
      className: "經濟 11B",
      teacherName: teacher.name,
    });
    expect(await joinPreview("NOSUCHCODE")).toBeNull();
  });

  it("after choosing a password a student lands in their class", async () => {
    const klass = await createClass(teacher, { name: "Landing", anonymous: false });
    const [student] = await createStudents(teacher, klass.id, ["Mei Chen"]);
    const viewer = { id: student!.id, name: "Mei Chen", role: "user" as const };
    expect(await landingAfterPasswordChange(viewer, "/")).toBe(`/classes/${klass.id}`);
    expect(await landingAfterPasswordChange(viewer, "/classes")).toBe(`/classes/${klass.id}`);
    expect(await landingAfterPasswordChange(viewer, "/debates/x")).toBe("/debates/x");
  });
});

describe("the gradebook", () => {
  it("starts with a UTF-8 byte-order mark and reads back Chinese names intact", async () => {
    await createStudents(teacher, classId, ["陳美玲"]);
    const csv = await gradebookCsv(teacher, classId);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    expect(text.split("\r\n").some((line) => line.startsWith('"陳美玲"'))).toBe(true);
  });
});
