import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createClass, joinWithCode, removeStudent, roster } from "@/lib/classes";
import { addEvidence, evidenceById, listEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { makeViewers } from "../support/accounts";

const input = () => ({
  stance: "support" as const,
  url: `https://example.org/${randomUUID()}`,
  title: "A source",
  quote: "Q",
  explanation: "E",
  sourceType: "news" as const,
});

let teacher: Viewer;
let students: Viewer[];
let anonymousRoom: string;
let anonymousClass: string;
let openClass: string;

beforeAll(async () => {
  const people = (await makeViewers(5, "anon")) as Viewer[];
  teacher = people[0]!;
  students = people.slice(1);
  const klass = await createClass(teacher, { name: "Anonymous", anonymous: true });
  anonymousClass = klass.id;
  anonymousRoom = klass.rooms[0]!.id;
  const open = await createClass(teacher, { name: "Open", anonymous: false });
  openClass = open.id;
  for (const s of students) {
    await joinWithCode(s, klass.joinCode!);
    await joinWithCode(s, open.joinCode!);
  }
});

describe("an anonymous class stays anonymous to classmates", () => {
  it("evidence authors appear under a per-class public id, never the account id", async () => {
    const [author, classmate] = students;
    const item = await addEvidence(author!, "gulf-anchor", anonymousRoom, input());
    const seen = await evidenceById(item.id, classmate!);
    expect(seen!.author.id).not.toBe(author!.id);
    expect(seen!.author.id).toMatch(/^[0-9a-f]{24}$/);
    expect(seen!.author.name).not.toContain("anon");
    const listed = await listEvidence("ai-dollar", "gulf-anchor", anonymousRoom, classmate!);
    expect(JSON.stringify(listed)).not.toContain(author!.id);
    // The same member has the same public id in every read; teachers see the real one.
    const memberIds = (await roster(anonymousClass, classmate!)).map((m) => m.id);
    expect(memberIds).toContain(seen!.author.id);
    expect((await evidenceById(item.id, teacher))!.author.id).toBe(author!.id);
  });

  it("rosters shown to students carry no account ids and are not ordered by real name", async () => {
    const viewer = students[0]!;
    const members = await roster(anonymousClass, viewer);
    const ids = students.map((s) => s.id).concat(teacher.id);
    expect(members.every((m) => !ids.includes(m.id))).toBe(true);
    // Pseudonyms are told only to teachers and to each student about themselves.
    const classmates = members.filter((m) => m.role === "student" && m.pseudonym === null);
    expect(classmates).toHaveLength(3);
    expect(classmates.every((m) => !m.name.includes("anon"))).toBe(true);
    // In pseudonym order, which says nothing about real names.
    const names = classmates.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("an author who has left is a former member, not their account", async () => {
    const [, classmate, , leaver] = students;
    const item = await addEvidence(leaver!, "gulf-anchor", anonymousRoom, input());
    await removeStudent(teacher, anonymousClass, leaver!.id);
    const seen = await evidenceById(item.id, classmate!);
    expect(seen!.author).toEqual({ id: "former-member", name: "Former member" });
  });

  it("pseudonyms are only mentioned where the class is anonymous", async () => {
    const open = await roster(openClass, teacher);
    expect(open.every((m) => m.pseudonym === null)).toBe(true);
    const anonymous = await roster(anonymousClass, teacher);
    expect(anonymous.filter((m) => m.role === "student").every((m) => m.pseudonym)).toBe(true);
  });
});
