import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { claims } from "@/db/schema";
import { notFound } from "../errors";
import { assertCanReadRoom } from "../access";
import { evidenceWithRoom, resolveRoom, type RoomRef } from "../rooms";
import type { Viewer } from "../session";

/** What a thread hangs on: a claim (in a room) or an evidence item (in its own room). */
export type ThreadTarget = { kind: "claim"; id: string } | { kind: "evidence"; id: string };

export { threadKey } from "./thread-key";

export type ResolvedThread = {
  room: RoomRef;
  claimId: string;
  evidenceId: string | null;
  /** Who gets told of a new top-level reply: the evidence's author (claims have none yet). */
  ownerId: string | null;
  /** The claim's text or the evidence's title, for notifications. */
  subject: string;
};

/**
 * The thread a request is about, checked for the viewer: class rooms for their members only.
 * An evidence item's thread lives in the item's room; a deleted or hidden item has none.
 */
export async function resolveThread(
  target: ThreadTarget,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<ResolvedThread> {
  if (target.kind === "claim") {
    const [claim] = await db
      .select({ debateId: claims.debateId, textEn: claims.textEn })
      .from(claims)
      .where(eq(claims.id, target.id));
    if (!claim) throw notFound("claim");
    const room = await resolveRoom(claim.debateId, roomId, viewer);
    return { room, claimId: target.id, evidenceId: null, ownerId: null, subject: claim.textEn };
  }
  const { item, room } = await evidenceWithRoom(target.id);
  await assertCanReadRoom(room, viewer);
  if (item.hiddenAt) throw notFound("evidence");
  const { id, claimId, authorId, title } = item;
  return { room, claimId, evidenceId: id, ownerId: authorId, subject: title };
}
