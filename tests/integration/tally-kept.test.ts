// A vote re-evaluates its path from the rows this process keeps of the room (lib/tally/kept.ts,
// decision 0035). Those must be the database's rows whenever they are used: after a vote from
// another process, and after a write of this one that counted and then rolled back.
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { tallies } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import type { Viewer } from "@/lib/session";
import { commitTallyChange } from "@/lib/tally/effects";
import { compareRoom } from "@/lib/tally/recompute";
import { bumpRevision } from "@/lib/tally/revision";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

const ROOM = "ai-dollar-public";
// A leaf three levels down, so its path holds the thesis and two claims between.
const LEAF = "lock-in-man-made";

let ana: Viewer, ben: Viewer, cy: Viewer;
beforeAll(async () => {
  const made = await makeViewers(3, "kept");
  [ana, ben, cy] = [made[0]!, made[1]!, made[2]!];
});

const leafRow = async () =>
  (
    await db
      .select()
      .from(tallies)
      .where(and(eq(tallies.roomId, ROOM), eq(tallies.claimId, LEAF)))
  )[0]!;

/** Votes through the data layer in a process of its own, on this test's database file. */
function voteInAnotherProcess(viewer: Viewer, agreement: number): Promise<number | null> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      "--input-type=module",
      "-e",
      `const { voteOnClaim } = await import("./lib/votes.ts");
       await voteOnClaim(${JSON.stringify(viewer)}, ${JSON.stringify(LEAF)}, undefined,
         { agreement: ${agreement} });`,
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  return new Promise((resolve) => child.on("exit", resolve));
}

describe("the rows a process keeps of a room's tally", () => {
  it("counts a vote another process stored between two of this process's", async () => {
    await voteOnClaim(ana, LEAF, undefined, { agreement: 2 });
    const before = await leafRow();
    expect(await voteInAnotherProcess(ben, -1)).toBe(0);
    await voteOnClaim(cy, LEAF, undefined, { agreement: 1 });
    const after = await leafRow();
    expect(after.agreementCount - before.agreementCount).toBe(2);
    expect(after.agreementSum - before.agreementSum).toBe(0);
    expect(await compareRoom(db, ROOM)).toEqual([]);
  }, 60_000);

  it("forgets what a write counted when the write rolled back", async () => {
    await voteOnClaim(ana, LEAF, undefined, { agreement: -2 });
    // A write that counts three agreeing votes, then fails: nothing of it may stay.
    const failing = writeTransaction(db, async (tx) => {
      await commitTallyChange(tx, ROOM, LEAF, { agreementSum: 6, agreementCount: 3 });
      throw new Error("failed after counting");
    });
    await expect(failing).rejects.toThrow("failed after counting");
    // Another write moves the room's revision on without touching the tally (a reply does).
    await writeTransaction(db, (tx) => bumpRevision(tx, ROOM));
    const before = await leafRow();
    await voteOnClaim(ben, LEAF, undefined, { agreement: 2 });
    const after = await leafRow();
    expect(after.agreementSum - before.agreementSum).toBe(3); // ben's −1 became 2
    expect(after.agreementCount).toBe(before.agreementCount);
    expect(await compareRoom(db, ROOM)).toEqual([]);
  });
});
