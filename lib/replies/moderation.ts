import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { debates, replies, replyLog, replyReports, rooms } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { conflict } from "../errors";
import { assertModerator } from "../access";
import { claimHref } from "../notifications/links";
import { notify } from "../notifications/notify";
import type { Viewer } from "../session";
import { bumpRevision } from "../tally/revision";
import { replyWithRoom } from "./write";

/** One report per person per reply, like evidence (lib/moderation.ts); logged. */
export async function reportReply(viewer: Viewer, id: string, reason: string) {
  const { reply } = await replyWithRoom(db, viewer, id);
  await writeTransaction(db, async (tx) => {
    const [inserted] = await tx
      .insert(replyReports)
      .values({ replyId: id, reporterId: viewer.id, reason })
      .onConflictDoNothing()
      .returning({ id: replyReports.id });
    if (!inserted)
      throw conflict("You have already reported this reply; the moderators have your report.");
    await tx.insert(replyLog).values({
      roomId: reply.roomId,
      replyId: id,
      actorId: viewer.id,
      action: "report",
      detail: reason,
    });
  });
}

/**
 * Hides (or restores) a reply: teachers in their class rooms, admins in public. The author keeps
 * seeing it with the reason, and is told; open reports on it are closed; the action is logged.
 */
export async function setReplyHidden(viewer: Viewer, id: string, hidden: boolean, reason = "") {
  const { reply, room } = await replyWithRoom(db, viewer, id);
  await assertModerator(room, viewer);
  if ((reply.hiddenAt !== null) === hidden) return;
  const href = await claimHref(room, reply.claimId, `reply-${id}`);
  await writeTransaction(db, async (tx) => {
    const revision = await bumpRevision(tx, room.id);
    await tx
      .update(replies)
      .set(
        hidden
          ? { hiddenAt: new Date(), hiddenBy: viewer.id, hiddenReason: reason, revision }
          : { hiddenAt: null, hiddenBy: null, hiddenReason: "", revision },
      )
      .where(eq(replies.id, id));
    await tx.insert(replyLog).values({
      roomId: room.id,
      replyId: id,
      actorId: viewer.id,
      action: hidden ? "hide" : "restore",
      detail: reason,
    });
    if (!hidden) return;
    await tx
      .update(replyReports)
      .set({ resolvedAt: new Date() })
      .where(and(eq(replyReports.replyId, id), isNull(replyReports.resolvedAt)));
    await notify(tx, {
      userId: reply.authorId,
      kind: "hidden",
      actorId: viewer.id,
      roomId: room.id,
      href,
      subject: reply.body,
      reason,
    });
  });
}

/** Open reports on visible replies in some rooms, newest first, each with a link to the reply. */
export async function openReplyReports(roomIds: string[]) {
  const rows = await db
    .select({
      id: replyReports.id,
      replyId: replies.id,
      body: replies.body,
      reason: replyReports.reason,
      claimId: replies.claimId,
      room: { id: rooms.id, classId: rooms.classId },
      slug: debates.slug,
      at: replyReports.createdAt,
    })
    .from(replyReports)
    .innerJoin(replies, eq(replies.id, replyReports.replyId))
    .innerJoin(rooms, eq(rooms.id, replies.roomId))
    .innerJoin(debates, eq(debates.id, rooms.debateId))
    .where(
      and(
        inArray(replies.roomId, roomIds),
        isNull(replyReports.resolvedAt),
        isNull(replies.hiddenAt),
        isNull(replies.deletedAt),
      ),
    )
    .orderBy(desc(replyReports.createdAt));
  return rows.map(({ room, slug, claimId, ...r }) => ({
    ...r,
    href: `/debates/${slug}/claims/${claimId}${room.classId ? `?room=${room.id}` : ""}#reply-${r.replyId}`,
  }));
}
