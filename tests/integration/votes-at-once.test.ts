import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { claimVotes, tallies } from "@/db/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import { moveClaim } from "@/lib/proposals/moderate";
import { proposeClaim } from "@/lib/proposals/propose";
import type { Viewer } from "@/lib/session";
import { compareRoom } from "@/lib/tally/recompute";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

// Votes that arrive together share one transaction (db/write.ts); each bumps the room and reads
// its old vote in one statement, the path's tally rows coming from what the process keeps
// (lib/tally/update.ts and kept.ts, decisions 0034 and 0035).
const ROOM = "ai-dollar-public";
const CLAIMS = ["thesis", "feasibility-limited", "lock-in-man-made", "nvidia-share"];

let teacher: Viewer, ana: Viewer, ben: Viewer;
let classRoom: string;

beforeAll(async () => {
  const made = await makeViewers(3, "at-once-class");
  [teacher, ana, ben] = [made[0]!, made[1]!, made[2]!];
  const klass = await createClass(teacher, { name: "Votes at once", anonymous: false });
  classRoom = klass.rooms[0]!.id;
  await joinWithCode(ana, klass.joinCode!);
  await joinWithCode(ben, klass.joinCode!);
});

const tally = async (roomId: string, claimId: string) =>
  (
    await db
      .select()
      .from(tallies)
      .where(and(eq(tallies.roomId, roomId), eq(tallies.claimId, claimId)))
  )[0];
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );

/** The stored claim votes of these people. */
const votesBy = (people: { id: string }[]) =>
  db
    .select()
    .from(claimVotes)
    .where(
      inArray(
        claimVotes.userId,
        people.map((person) => person.id),
      ),
    );

describe("votes arriving at once", () => {
  it("answers each of many voters with its own revision, once every vote is stored", async () => {
    const voters = await makeViewers(24, "at-once");
    const answers = await Promise.all(
      voters.map((voter, i) =>
        voteOnClaim(voter, CLAIMS[i % CLAIMS.length]!, undefined, {
          agreement: (i % 5) - 2,
          impact: i % 5,
        }),
      ),
    );
    answers.forEach((answer, i) =>
      expect(answer).toMatchObject({ agreement: (i % 5) - 2, impact: i % 5 }),
    );
    // Each vote bumped the room once: open pages hear of every one.
    expect(new Set(answers.map((answer) => answer.revision)).size).toBe(voters.length);
    expect(await votesBy(voters)).toHaveLength(voters.length);
    expect(await compareRoom(db, ROOM)).toEqual([]);
  });

  it("counts one voter's two votes sent at once as one vote, the later one seeing the first", async () => {
    const [voter] = await makeViewers(1, "twice");
    const before = (await tally(ROOM, "nvidia-share"))!;
    const [first, second] = await Promise.all([
      voteOnClaim(voter!, "nvidia-share", undefined, { agreement: 2 }),
      voteOnClaim(voter!, "nvidia-share", undefined, { impact: 3 }),
    ]);
    expect(first).toMatchObject({ agreement: 2, impact: null });
    expect(second).toMatchObject({ agreement: 2, impact: 3 });
    const after = (await tally(ROOM, "nvidia-share"))!;
    expect(after.agreementCount - before.agreementCount).toBe(1);
    expect(after.agreementSum - before.agreementSum).toBe(2);
    expect(after.impactCount - before.impactCount).toBe(1);
    const rows = await db.select().from(claimVotes).where(eq(claimVotes.userId, voter!.id));
    expect(rows.map((row) => [row.agreement, row.impact])).toEqual([[2, 3]]);
    expect(await compareRoom(db, ROOM)).toEqual([]);
  });

  it("refuses a bad vote among many alone, with its own 4xx; the others are stored", async () => {
    const voters = await makeViewers(6, "among");
    const [outsider] = await makeViewers(1, "outsider");
    const results = await Promise.all([
      ...voters.map((voter) => status(voteOnClaim(voter, "thesis", undefined, { agreement: 1 }))),
      status(voteOnClaim(voters[0]!, "no-such-claim", undefined, { agreement: 1 })),
      status(voteOnClaim(outsider!, "thesis", classRoom, { agreement: 1 })),
    ]);
    expect(results.slice(0, voters.length)).toEqual(voters.map(() => 200));
    expect(results.slice(voters.length)).toEqual([404, 403]);
    expect(await votesBy([...voters, outsider!])).toHaveLength(voters.length);
    expect(await compareRoom(db, ROOM)).toEqual([]);
  });

  it("follows the tree as it is now when it changed shape since this process last read it", async () => {
    const { id: branch } = await proposeClaim(ana, "pif-ai-investment", classRoom, {
      textEn: "A branch to move",
      textZh: "",
      relation: "opposes",
      kind: "factual",
    });
    await voteOnClaim(ben, branch, classRoom, { agreement: 2, impact: 4 });
    // A moderator's move bumps the room's tree revision; the kept tree is now stale.
    await moveClaim(teacher, branch, { parentId: "thesis", relation: "supports", reason: "" });
    const thesisBefore = (await tally(classRoom, "thesis"))!.score;
    await voteOnClaim(ana, branch, classRoom, { agreement: 2, impact: 4 });
    // The vote moved the branch's new parent, not its old one.
    expect((await tally(classRoom, "thesis"))!.score).not.toBe(thesisBefore);
    expect(await compareRoom(db, classRoom)).toEqual([]);
  });
});
