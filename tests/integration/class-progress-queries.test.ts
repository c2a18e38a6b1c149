// The teacher's progress table and a student's to-do list read in a fixed number of statements
// whatever the class size: a class of 30 costs the database what a class of 3 does.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Client } from "@libsql/client";
import { createAssignment } from "@/lib/assignments/create";
import { classProgress } from "@/lib/assignments/progress";
import { todoFor } from "@/lib/assignments/todo";
import { createClass, joinWithCode } from "@/lib/classes";
import { addEvidence } from "@/lib/evidence";
import type { Viewer } from "@/lib/session";
import { assignmentSchema } from "@/lib/validation/classes";
import { rateEvidence, voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";
import { evidenceInput } from "../support/account-fixtures";

const assignment = (overrides: Record<string, unknown>) =>
  assignmentSchema.parse({
    title: "Weigh the Gulf pillar",
    dueAt: "2030-01-01T12:00:00+08:00",
    timeZone: "Asia/Taipei",
    minEvidence: 1,
    minClaimVotes: 1,
    minEvidenceRatings: 1,
    ...overrides,
  });

/**
 * A class of `size` students with two assignments (one on every claim with balanced teams, one
 * on a single claim for the whole class) where every student cites evidence and votes, and
 * each rates the previous student's evidence.
 */
async function classOf(size: number) {
  const [teacher, ...students] = await makeViewers(size + 1, `size${size}`);
  const klass = await createClass(teacher!, { name: `Class of ${size}`, anonymous: false });
  const roomId = klass.rooms[0]!.id;
  for (const s of students) await joinWithCode(s, klass.joinCode!);
  await createAssignment(teacher!, klass.id, assignment({ sideMode: "balanced-random" }));
  await createAssignment(
    teacher!,
    klass.id,
    assignment({
      sideMode: "whole-class",
      wholeClassSide: "support",
      targetClaimIds: ["gulf-anchor"],
    }),
  );
  const cited = [];
  for (const s of students) {
    cited.push(await addEvidence(s, "gulf-anchor", roomId, evidenceInput()));
    await voteOnClaim(s, "gulf-anchor", roomId, { agreement: 1, impact: 3 });
  }
  for (const [i, s] of students.entries())
    await rateEvidence(s, cited[(i + 1) % students.length]!.id, 4);
  return { teacher: teacher!, students: students as Viewer[], classId: klass.id };
}

/** Counts the statements the libSQL client runs while `read` runs. */
async function statements(read: () => Promise<unknown>) {
  const client = (globalThis as unknown as { agoraDb: { client: Client } }).agoraDb.client;
  const execute = vi.spyOn(client, "execute");
  const batch = vi.spyOn(client, "batch");
  await read();
  const count =
    execute.mock.calls.length + batch.mock.calls.reduce((n, [stmts]) => n + stmts.length, 0);
  vi.restoreAllMocks();
  return count;
}

afterEach(() => vi.restoreAllMocks());

describe("class progress reads", () => {
  it("take as many statements for a class of 30 as for a class of 3", async () => {
    const small = await classOf(3);
    const large = await classOf(30);

    const smallCount = await statements(() => classProgress(small.teacher, small.classId));
    const largeCount = await statements(() => classProgress(large.teacher, large.classId));
    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);

    const smallTodo = await statements(() => todoFor(small.students[0]!, small.classId));
    const largeTodo = await statements(() => todoFor(large.students[0]!, large.classId));
    expect(largeTodo).toBe(smallTodo);
  }, 120_000);

  it("still count each student's own work", async () => {
    const { teacher, students, classId } = await classOf(3);
    const progress = await classProgress(teacher, classId);
    expect(progress).toHaveLength(2);
    for (const a of progress) {
      expect(a.students).toHaveLength(3);
      for (const s of a.students) {
        // Balanced teams: only evidence on the student's own side counts.
        const evidence = s.side === "support" ? 1 : 0;
        expect(s.progress.counts).toEqual({
          evidence,
          claimVotes: 1,
          evidenceRatings: 1,
          replies: 0,
        });
        expect(s.progress.complete).toBe(evidence === 1);
      }
    }
    const todo = await todoFor(students[1]!, classId);
    expect(todo.map((a) => a.progress.counts.claimVotes)).toEqual([1, 1]);
    expect(todo[1]!.targets.map((t) => t.id)).toEqual(["gulf-anchor"]);
  });
});
