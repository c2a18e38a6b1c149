import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { thesisStances, type StancePhase } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { conflict } from "./errors";
import { actingUser } from "./access";
import { roomOfDebateSlug } from "./rooms";
import type { MyStance } from "./mind/shape";
import { forgetSummary } from "./mind/summary";
import type { RoomRef } from "./rooms";
import type { Viewer } from "./session";

async function stanceIn(room: RoomRef, userId: string): Promise<MyStance> {
  const latest = (phase: StancePhase) =>
    db
      .select({ stance: thesisStances.stance })
      .from(thesisStances)
      .where(
        and(
          eq(thesisStances.roomId, room.id),
          eq(thesisStances.userId, userId),
          eq(thesisStances.phase, phase),
        ),
      )
      .orderBy(desc(thesisStances.id))
      .limit(1);
  const [[before], [now]] = await Promise.all([latest("before"), latest("now")]);
  return { before: before?.stance ?? null, now: now?.stance ?? null };
}

export async function myStance(
  viewer: Viewer,
  slug: string,
  roomId: string | undefined,
): Promise<MyStance> {
  return stanceIn(await roomOfDebateSlug(slug, roomId, viewer), viewer.id);
}

const isDuplicateBefore = (error: unknown) =>
  /UNIQUE constraint failed: thesis_stances\./.test(
    String((error as { cause?: unknown })?.cause ?? error),
  );

/**
 * Records the viewer's stance on the thesis. "before" is recorded once (409 after that: it
 * describes the reader before the debate, which a later answer cannot know); each "now" that
 * differs from the last one adds a row, so the history of changes is kept.
 */
export async function recordStance(
  viewer: Viewer,
  slug: string,
  roomId: string | undefined,
  input: { phase: StancePhase; stance: number },
): Promise<MyStance> {
  const room = await roomOfDebateSlug(slug, roomId, actingUser(viewer));
  try {
    await writeTransaction(db, async (tx) => {
      if (input.phase === "now") {
        const [last] = await tx
          .select({ stance: thesisStances.stance })
          .from(thesisStances)
          .where(
            and(
              eq(thesisStances.roomId, room.id),
              eq(thesisStances.userId, viewer.id),
              eq(thesisStances.phase, "now"),
            ),
          )
          .orderBy(desc(thesisStances.id))
          .limit(1);
        if (last?.stance === input.stance) return;
      }
      await tx.insert(thesisStances).values({ roomId: room.id, userId: viewer.id, ...input });
    });
  } catch (error) {
    if (isDuplicateBefore(error))
      throw conflict(
        "You already recorded where you stood before reading; record where you stand now instead.",
      );
    throw error;
  } finally {
    forgetSummary(room.id);
  }
  return stanceIn(room, viewer.id);
}
