import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { replies, replyLog, rooms, type Reply } from "@/db/schema";
import { writeTransaction, type Transaction } from "@/db/write";
import { AppError, conflict, forbidden, notFound } from "../errors";
import { REPLY_LIMITS } from "../limits";
import { claimHref } from "../notifications/links";
import { notify } from "../notifications/notify";
import { replyLimits, spendLimit } from "../rate-limit";
import { assertCanReadRoom } from "../access";
import { claimInRoom, type RoomRef } from "../rooms";
import type { Viewer } from "../session";
import { bumpRevision } from "../tally/revision";
import type { ReplyInput } from "../validation/replies";
import { resolveThread, threadKey, type ResolvedThread, type ThreadTarget } from "./target";

export type PostedReply = {
  id: string;
  thread: string;
  parentId: string | null;
  body: string;
  createdAt: string;
  editableUntil: string;
};

/** The reply a new one answers, and the top-level reply it joins (one level of nesting). */
async function parentOf(t: ResolvedThread, parentId: string) {
  const [parent] = await db.select().from(replies).where(eq(replies.id, parentId));
  if (
    !parent ||
    parent.roomId !== t.room.id ||
    threadKey(parent) !== threadKey(t) ||
    parent.claimId !== t.claimId
  )
    throw new AppError(400, "That reply is not in this thread.", {
      parentId: ["Not in this thread."],
    });
  if (parent.deletedAt || parent.hiddenAt)
    throw conflict("That reply was deleted or hidden: it takes no new replies.");
  const top = parent.parentId
    ? (await db.select().from(replies).where(eq(replies.id, parent.parentId)))[0]!
    : parent;
  return { parent, top };
}

export async function postReply(
  viewer: Viewer,
  target: ThreadTarget,
  roomId: string | undefined,
  input: ReplyInput,
): Promise<PostedReply> {
  // A claim retired by a revision of the map is argued no more (claimInRoom refuses it).
  if (target.kind === "claim") await claimInRoom(target.id, roomId, viewer);
  const t = await resolveThread(target, roomId, viewer);
  const answered = input.parentId ? await parentOf(t, input.parentId) : null;
  const id = randomUUID();
  const href = await claimHref(t.room, t.claimId, `reply-${id}`);
  const row = await writeTransaction(db, async (tx) => {
    for (const limit of replyLimits(viewer.id)) await spendLimit(tx, limit);
    const revision = await bumpRevision(tx, t.room.id);
    const [inserted] = await tx
      .insert(replies)
      .values({
        id,
        roomId: t.room.id,
        claimId: t.claimId,
        evidenceId: t.evidenceId,
        parentId: answered?.top.id ?? null,
        authorId: viewer.id,
        body: input.body,
        revision,
      })
      .returning();
    await tx
      .insert(replyLog)
      .values({ roomId: t.room.id, replyId: id, actorId: viewer.id, action: "post" });
    // Told: whoever was answered and the thread's top-level author; else the evidence's author.
    const told = answered ? [answered.parent.authorId, answered.top.authorId] : [t.ownerId];
    await notify(
      tx,
      told.flatMap((userId) =>
        userId
          ? [
              {
                userId,
                kind: "reply" as const,
                actorId: viewer.id,
                roomId: t.room.id,
                href,
                subject: t.subject,
              },
            ]
          : [],
      ),
    );
    return inserted!;
  });
  return {
    id,
    thread: threadKey(row),
    parentId: row.parentId,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    editableUntil: new Date(row.createdAt.getTime() + REPLY_LIMITS.editWindowMs).toISOString(),
  };
}

/** A reply and its room, for someone who may read the room; 404 once deleted. */
export async function replyWithRoom(tx: Transaction | typeof db, viewer: Viewer, id: string) {
  const [reply] = await tx.select().from(replies).where(eq(replies.id, id));
  if (!reply || reply.deletedAt) throw notFound("reply");
  const room = await roomOfReply(reply);
  await assertCanReadRoom(room, viewer);
  return { reply, room };
}

async function roomOfReply(reply: Reply): Promise<RoomRef> {
  const [room] = await db
    .select({ id: rooms.id, debateId: rooms.debateId, classId: rooms.classId })
    .from(rooms)
    .where(eq(rooms.id, reply.roomId));
  if (!room) throw notFound("room");
  return room;
}

/** The author's own reply, to change: others get 403, a hidden one 409. */
async function ownReply(tx: Transaction, viewer: Viewer, id: string) {
  const { reply } = await replyWithRoom(tx, viewer, id);
  if (reply.authorId !== viewer.id) throw forbidden("Only its author can change this reply.");
  if (reply.hiddenAt) throw conflict("A moderator hid this reply; it can no longer be changed.");
  return reply;
}

export async function editReply(viewer: Viewer, id: string, body: string) {
  await writeTransaction(db, async (tx) => {
    const reply = await ownReply(tx, viewer, id);
    const now = Date.now();
    if (now - reply.createdAt.getTime() > REPLY_LIMITS.editWindowMs)
      throw conflict("A reply can be edited for 15 minutes after posting; this one no longer can.");
    const revision = await bumpRevision(tx, reply.roomId);
    await tx
      .update(replies)
      .set({ body, editedAt: new Date(now), revision })
      .where(eq(replies.id, id));
    await tx.insert(replyLog).values({
      roomId: reply.roomId,
      replyId: id,
      actorId: viewer.id,
      action: "edit",
      detail: reply.body,
    });
  });
}

/** Deletion leaves "deleted" in place, so the replies under it keep their context; the text stays in the log. */
export async function deleteReply(viewer: Viewer, id: string) {
  await writeTransaction(db, async (tx) => {
    const reply = await ownReply(tx, viewer, id);
    const revision = await bumpRevision(tx, reply.roomId);
    await tx.update(replies).set({ deletedAt: new Date(), revision }).where(eq(replies.id, id));
    await tx.insert(replyLog).values({
      roomId: reply.roomId,
      replyId: id,
      actorId: viewer.id,
      action: "delete",
      detail: reply.body,
    });
  });
}
