import { asc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { tallies } from "@/db/schema";
import { createClass, joinWithCode } from "@/lib/classes";
import type { Viewer } from "@/lib/session";
import { createAccount } from "@/lib/users";
import { makeViewers } from "./accounts";

export const PASSWORD = "correct horse battery";

/** A reader who signed up with a real (hashed) password, as the data layer sees them. */
export async function reader(prefix = "reader"): Promise<Viewer & { username: string }> {
  const username = `${prefix}-${randomUUID().slice(0, 8)}`;
  const user = await createAccount({ username, password: PASSWORD, displayName: `${prefix} R` });
  return { id: user.id, name: `${prefix} R`, role: "user", username };
}

/** A fresh class (so its room's tallies are the test's alone) with `student` enrolled. */
export async function classWith(student: Viewer, name = "Economics 11B") {
  const [teacher] = await makeViewers(1, "teacher");
  const klass = await createClass(teacher!, { name, anonymous: false });
  await joinWithCode(student, klass.joinCode!);
  return { teacher: teacher!, classId: klass.id, roomId: klass.rooms[0]!.id };
}

/**
 * Every stored tally of a room, without the bookkeeping that changes on each write. A row at
 * rest (nothing counted, score 50) is the same as no row: writes create them on the way up.
 */
export async function roomScores(roomId: string) {
  const rows = await db
    .select()
    .from(tallies)
    .where(eq(tallies.roomId, roomId))
    .orderBy(asc(tallies.claimId));
  return rows
    .map((t) => ({ ...t, revision: undefined, updatedAt: undefined }))
    .filter(
      (t) =>
        t.score !== 50 ||
        t.evidenceNet !== 0 ||
        t.ratingNet !== 0 ||
        t.agreementCount !== 0 ||
        t.impactCount !== 0,
    );
}

export const evidenceInput = (overrides: Record<string, string> = {}) => ({
  stance: "support" as const,
  url: `https://example.org/${randomUUID()}`,
  title: "Gulf funds in US data centres",
  quote: "The fund committed $100bn.",
  explanation: "Shows capital flowing where the essay says.",
  sourceType: "news" as const,
  ...overrides,
});
