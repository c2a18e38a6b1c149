// The health check tells the truth about writes, through the app's own database handle.
import { copyFileSync, renameSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { databaseConfig, databaseFile } from "@/db/config";
import { users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { storageFault } from "@/lib/errors";
import { checkHealth } from "@/lib/health";

describe("health", () => {
  it("is ok while the database can be written, and names the fault once it cannot", async () => {
    expect(await checkHealth(1_000)).toEqual({ ok: true, database: "ok" });
    expect((await db.select().from(users)).length).toBeGreaterThanOrEqual(0);

    // Replace the file under the running process, as a careless restore or cleanup would.
    const file = databaseFile(databaseConfig().url)!;
    copyFileSync(file, `${file}.copy`);
    renameSync(`${file}.copy`, file);

    // Within a second the earlier answer stands; after it, the probe writes again and fails.
    expect((await checkHealth(1_500)).ok).toBe(true);
    expect(await checkHealth(2_100)).toMatchObject({
      ok: false,
      database: "file-replaced",
      reason: expect.stringMatching(/moved or deleted/),
    });
    const write = await writeTransaction(db, (tx) =>
      tx.insert(users).values({ id: "late", name: "late", username: "late" }),
    ).catch((e: unknown) => e);
    expect(storageFault(write)?.status).toBe(503);
  });
});
