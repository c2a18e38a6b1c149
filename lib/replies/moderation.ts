import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { replies, replyLog, replyReports } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { conflict } from "../errors";
import { assertModerator } from "../moderators";
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
    await tx
      .insert(replyLog)
      .values({
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
