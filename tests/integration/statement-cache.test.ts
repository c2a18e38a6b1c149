// Statements are prepared once per connection (db/statement-cache.ts, decision 0035), by the
// very driver the app's client uses, and a kept statement that failed runs again as new.
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { statementsPrepared } from "@/db/statement-cache";
import type { Viewer } from "@/lib/session";
import { voteOnClaim } from "@/lib/votes";
import { makeViewers } from "../support/accounts";

let voters: Viewer[];
beforeAll(async () => {
  voters = await makeViewers(4, "prepared");
});

/** What a query failed with: drizzle wraps the driver's error as its cause. */
const failure = (query: Promise<unknown>) =>
  query.then(
    () => "no error",
    (error: Error) => String(error.cause ?? error),
  );

describe("statements prepared once", () => {
  it("prepares a vote's statements for the first vote and none for the next ones", async () => {
    const first = statementsPrepared();
    await voteOnClaim(voters[0]!, "nvidia-share", undefined, { agreement: 1 });
    await voteOnClaim(voters[1]!, "nvidia-share", undefined, { agreement: -1 });
    // The client's own driver prepared them: were it another copy of libsql, this would be 0.
    expect(statementsPrepared()).toBeGreaterThan(first);
    const warm = statementsPrepared();
    await voteOnClaim(voters[2]!, "nvidia-share", undefined, { agreement: 2 });
    await voteOnClaim(voters[3]!, "nvidia-share", undefined, { impact: 3 });
    expect(statementsPrepared()).toBe(warm);
  });

  it("runs a kept statement again after it failed, with other values", async () => {
    const insert = (id: string, username: string) =>
      db.run(sql`insert into users (id, name, username) values (${id}, 'Kept', ${username})`);
    await insert("kept-1", "kept-one");
    expect(await failure(insert("kept-2", "kept-one"))).toMatch(/UNIQUE constraint failed/);
    await insert("kept-2", "kept-two");
    // A read that fails half way through its rows, then runs whole.
    const read = (from: string) =>
      db.all<{ j: string }>(sql`select json(value) as j from json_each(${from}) order by key`);
    expect(await failure(read('["[1]", "[2"]'))).toMatch(/malformed JSON/);
    expect(await read('["[1]", "[3]"]')).toEqual([{ j: "[1]" }, { j: "[3]" }]);
    expect(
      await db.all(sql`select username from users where id in ('kept-1', 'kept-2') order by id`),
    ).toEqual([{ username: "kept-one" }, { username: "kept-two" }]);
  });
});
