import { afterAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { databaseConfig } from "@/db/config";
import { claims, evidence, paragraphs, users } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import { aiDollar } from "@/db/seed/ai-dollar";

const { client, db } = openDatabase(databaseConfig());
afterAll(() => client.close());

const snapshot = async () => ({
  claims: await db.select().from(claims).orderBy(claims.id),
  paragraphs: await db.select().from(paragraphs).orderBy(paragraphs.id),
  changes: (await db.get<{ n: number }>(sql`select total_changes() as n`))!.n,
});

describe("the seed", () => {
  it("loads the whole claim map into the database", async () => {
    expect(await db.$count(claims)).toBe(aiDollar.claims.length);
    expect(await db.$count(paragraphs)).toBe(aiDollar.paragraphs.length);
  });

  it("changes nothing when run again and leaves user data alone", async () => {
    await db.insert(users).values({ id: "u1", name: "Reader", username: "reader" });
    await db.insert(evidence).values({
      id: "e1",
      roomId: "ai-dollar-public",
      claimId: "nvidia-share",
      authorId: "u1",
      stance: "support",
      url: "https://example.org/10-q",
      title: "Nvidia 10-Q",
      quote: "Data Center revenue",
      explanation: "Shows the share.",
      sourceType: "primary-data",
    });
    const before = await snapshot();
    await seed(db);
    const after = await snapshot();
    expect(after.claims).toEqual(before.claims);
    expect(after.paragraphs).toEqual(before.paragraphs);
    expect(await db.select().from(evidence).where(eq(evidence.id, "e1"))).toHaveLength(1);
    expect(await db.select().from(users).where(eq(users.id, "u1"))).toHaveLength(1);
  });
});
