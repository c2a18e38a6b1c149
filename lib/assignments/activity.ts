import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { claimVotes, evidence, evidenceVotes } from "@/db/schema";
import { requireTeacher } from "../access";
import { roomIdsOfClass } from "../rooms";
import type { Viewer } from "../session";

/** Teachers: what the class did in its rooms, in all and over the last 7 days. */
export async function activitySummary(viewer: Viewer, classId: string) {
  await requireTeacher(classId, viewer);
  const roomIds = await roomIdsOfClass(classId);
  if (roomIds.length === 0)
    return {
      evidence: 0,
      claimVotes: 0,
      evidenceRatings: 0,
      lastWeek: { evidence: 0, claimVotes: 0, evidenceRatings: 0 },
    };
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  const count = async (
    table: typeof evidence | typeof claimVotes | typeof evidenceVotes,
    since?: Date,
  ) => {
    const time = "createdAt" in table ? table.createdAt : table.updatedAt;
    const [row] = await db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(
        and(inArray(table.roomId, roomIds), since ? sql`${time} >= ${since.getTime()}` : undefined),
      );
    return row?.n ?? 0;
  };
  return {
    evidence: await count(evidence),
    claimVotes: await count(claimVotes),
    evidenceRatings: await count(evidenceVotes),
    lastWeek: {
      evidence: await count(evidence, weekAgo),
      claimVotes: await count(claimVotes, weekAgo),
      evidenceRatings: await count(evidenceVotes, weekAgo),
    },
  };
}
