import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { claims, debates, evidence, evidenceRevisions, rooms } from "@/db/schema";
import { roomClass, roomLabel, withRoom, type Row } from "./export-room";

/** The viewer's evidence (deleted and hidden items too, marked) with each earlier version. */
export async function evidenceWithRevisions(userId: string): Promise<Row[]> {
  const items = await db
    .select({
      id: evidence.id,
      debate: debates.slug,
      claim: claims.textEn,
      ...roomLabel,
      stance: evidence.stance,
      title: evidence.title,
      url: evidence.url,
      quote: evidence.quote,
      explanation: evidence.explanation,
      sourceType: evidence.sourceType,
      createdAt: evidence.createdAt,
      updatedAt: evidence.updatedAt,
      deletedAt: evidence.deletedAt,
      hiddenAt: evidence.hiddenAt,
    })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(debates, eq(debates.id, claims.debateId))
    .innerJoin(rooms, eq(rooms.id, evidence.roomId))
    .leftJoin(roomClass, eq(roomClass.id, rooms.classId))
    .where(eq(evidence.authorId, userId))
    .orderBy(asc(evidence.createdAt));
  const revisions =
    items.length === 0
      ? []
      : await db
          .select()
          .from(evidenceRevisions)
          .where(
            inArray(
              evidenceRevisions.evidenceId,
              items.map((i) => i.id),
            ),
          )
          .orderBy(asc(evidenceRevisions.id));
  return items.map((item) => ({
    ...withRoom(item),
    revisions: revisions
      .filter((r) => r.evidenceId === item.id)
      .map((r) => ({ action: r.action, at: r.createdAt, before: earlierVersion(r.before) })),
  }));
}

/** The reader's own words from a stored version, without internal columns. */
function earlierVersion(json: string) {
  const { stance, title, url, quote, explanation, sourceType } = JSON.parse(json) as Row;
  return { stance, title, url, quote, explanation, sourceType };
}
