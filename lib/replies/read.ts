import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { replies, users, type Reply } from "@/db/schema";
import { REPLY_LIMITS } from "../limits";
import { canModerate } from "../access";
import { classmateIdentities, identityOf, type Identity } from "../access";
import { resolveRoom, type RoomRef } from "../rooms";
import type { Viewer } from "../session";
import { resolveThread, threadKey, type ThreadTarget } from "./target";
import type { ReplyView, ThreadView } from "./types";

export type { ReplyView, ThreadView } from "./types";

/** A thread for a viewer who may read its room. */
export async function threadFor(
  target: ThreadTarget,
  roomId: string | undefined,
  viewer: Viewer | null,
): Promise<ThreadView> {
  const t = await resolveThread(target, roomId, viewer);
  return (await threadsOfClaim(t.room, t.claimId, viewer)).thread(t.evidenceId);
}

/**
 * Every thread of a claim in a room (the claim's own and its evidence's), in one query: the
 * claim page shows them all. The caller has checked that the viewer may read the room.
 */
export async function threadsOfClaim(room: RoomRef, claimId: string, viewer: Viewer | null) {
  const [rows, identities, moderates] = await Promise.all([
    db
      .select({ reply: replies, authorName: users.name })
      .from(replies)
      .innerJoin(users, eq(users.id, replies.authorId))
      .where(and(eq(replies.roomId, room.id), eq(replies.claimId, claimId)))
      .orderBy(asc(replies.createdAt), asc(replies.id)),
    room.classId ? classmateIdentities(room.classId, viewer) : Promise.resolve(null),
    canModerate(room, viewer),
  ]);
  const threads = new Map<string, ThreadView>();
  const thread = (evidenceId: string | null): ThreadView => {
    const key = threadKey({ claimId, evidenceId });
    let found = threads.get(key);
    if (!found)
      threads.set(
        key,
        (found = {
          key,
          roomId: room.id,
          claimId,
          evidenceId,
          count: 0,
          canModerate: moderates,
          replies: [],
        }),
      );
    return found;
  };
  const views = new Map<string, ReplyView>();
  for (const { reply, authorName } of rows) {
    const author = identityOf(identities, reply.authorId, authorName);
    const view = toView(reply, author, viewer, moderates);
    const into = thread(reply.evidenceId);
    if (view.state === "visible") into.count++;
    views.set(reply.id, view);
    const parent = reply.parentId ? views.get(reply.parentId) : undefined;
    if (parent) parent.children.push(view);
    else into.replies.push(view);
  }
  for (const t of threads.values()) {
    t.replies = t.replies.filter(shown);
    for (const top of t.replies) top.children = top.children.filter(shown);
  }
  return { canModerate: moderates, thread };
}

/** A reply hidden from this viewer is left out, unless it holds others' replies in place. */
const shown = (view: ReplyView) =>
  view.state !== "hidden" || view.body !== null || view.children.some(shown);

function toView(
  reply: Reply,
  author: Identity,
  viewer: Viewer | null,
  canModerate: boolean,
): ReplyView {
  const mine = reply.authorId === viewer?.id;
  const state = reply.deletedAt ? "deleted" : reply.hiddenAt ? "hidden" : "visible";
  const seesHidden = mine || canModerate;
  const editableUntil = reply.createdAt.getTime() + REPLY_LIMITS.editWindowMs;
  return {
    id: reply.id,
    author,
    body: state === "visible" || (state === "hidden" && seesHidden) ? reply.body : null,
    state,
    hiddenReason: state === "hidden" && seesHidden ? reply.hiddenReason : null,
    createdAt: reply.createdAt.toISOString(),
    editedAt: reply.editedAt?.toISOString() ?? null,
    mine,
    editableUntil:
      mine && state === "visible" && editableUntil > Date.now()
        ? new Date(editableUntil).toISOString()
        : null,
    children: [],
  };
}

/** The threads of a claim's page: the room is resolved and checked here. */
export async function claimThreads(
  debateId: string,
  claimId: string,
  roomId: string | undefined,
  viewer: Viewer | null,
) {
  return threadsOfClaim(await resolveRoom(debateId, roomId, viewer), claimId, viewer);
}
