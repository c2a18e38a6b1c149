import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db } from "@/db";
import { evidence, moderationLog, reports, users } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import {
  actingUser,
  assertAdmin,
  assertCanReadRoom,
  assertModerator,
  requireTeacher,
} from "./access";
import { conflict } from "./errors";
import { hiddenStates } from "./moderation-review";
import { claimHref } from "./notifications/links";
import { notify } from "./notifications/notify";
import { openReplyReports } from "./replies/moderation";
import { evidenceWithRoom, publicRoomIds, roomIdsOfClass } from "./rooms";
import type { Viewer } from "./session";
import { changeEvidence, evidenceState } from "./tally/effects";

export async function reportEvidence(viewer: Viewer, evidenceId: string, reason: string) {
  const { item, room } = await evidenceWithRoom(evidenceId);
  await assertCanReadRoom(room, actingUser(viewer));
  await writeTransaction(db, async (tx) => {
    const [inserted] = await tx
      .insert(reports)
      .values({ evidenceId, reporterId: viewer.id, reason })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    if (!inserted)
      throw conflict("You have already reported this item; the moderators have your report.");
    await tx
      .insert(moderationLog)
      .values({ roomId: item.roomId, actorId: viewer.id, action: "report", evidenceId, reason });
  });
}

/** Hides (or restores) an item: it leaves (or rejoins) the tally, and the action is logged. */
export async function setHidden(viewer: Viewer, evidenceId: string, hidden: boolean, reason = "") {
  const { item, room } = await evidenceWithRoom(evidenceId);
  await assertModerator(room, viewer);
  const href = hidden ? await claimHref(room, item.claimId, "your-hidden") : "";
  await writeTransaction(db, async (tx) => {
    const [current] = await tx.select().from(evidence).where(eq(evidence.id, evidenceId));
    if (!current || (current.hiddenAt !== null) === hidden) return;
    const before = evidenceState(current);
    await changeEvidence(
      tx,
      before,
      { ...before, visible: !hidden && current.deletedAt === null },
      async () => {
        await tx
          .update(evidence)
          .set(
            hidden
              ? { hiddenAt: new Date(), hiddenBy: viewer.id }
              : { hiddenAt: null, hiddenBy: null },
          )
          .where(eq(evidence.id, evidenceId));
        if (hidden)
          await tx
            .update(reports)
            .set({ resolvedAt: new Date() })
            .where(and(eq(reports.evidenceId, evidenceId), isNull(reports.resolvedAt)));
      },
    );
    await tx.insert(moderationLog).values({
      roomId: item.roomId,
      actorId: viewer.id,
      action: hidden ? "hide" : "restore",
      evidenceId,
      reason,
    });
    if (hidden)
      await notify(tx, {
        userId: current.authorId,
        kind: "hidden",
        actorId: viewer.id,
        roomId: item.roomId,
        href,
        subject: current.title,
        reason,
      });
  });
}

/** Open reports, hidden items and review requests of a class's rooms, for its teachers. */
export async function moderationQueue(viewer: Viewer, classId: string) {
  await requireTeacher(classId, viewer);
  return queueOf(await roomIdsOfClass(classId));
}

/** The same for the public rooms of every debate, for admins. */
export async function publicModerationQueue(viewer: Viewer) {
  assertAdmin(viewer);
  return queueOf(await publicRoomIds());
}

export type ModerationQueue = Awaited<ReturnType<typeof queueOf>>;

async function queueOf(roomIds: string[]) {
  if (roomIds.length === 0)
    return { reports: [], replyReports: [], hidden: [], reviews: [], log: [] };
  const [open, replyReports, hiddenItems, log] = await Promise.all([
    db
      .select({
        id: reports.id,
        evidenceId: reports.evidenceId,
        reason: reports.reason,
        title: evidence.title,
        claimId: evidence.claimId,
        at: reports.createdAt,
      })
      .from(reports)
      .innerJoin(evidence, eq(evidence.id, reports.evidenceId))
      .where(
        and(
          inArray(evidence.roomId, roomIds),
          isNull(reports.resolvedAt),
          isNull(evidence.hiddenAt),
        ),
      )
      .orderBy(desc(reports.createdAt)),
    openReplyReports(roomIds),
    db
      .select({
        id: evidence.id,
        title: evidence.title,
        claimId: evidence.claimId,
        at: evidence.hiddenAt,
      })
      .from(evidence)
      .where(
        and(
          inArray(evidence.roomId, roomIds),
          isNotNull(evidence.hiddenAt),
          isNull(evidence.deletedAt),
        ),
      ),
    db
      .select({
        action: moderationLog.action,
        evidenceId: moderationLog.evidenceId,
        reason: moderationLog.reason,
        actor: users.name,
        at: moderationLog.createdAt,
      })
      .from(moderationLog)
      .innerJoin(users, eq(users.id, moderationLog.actorId))
      .where(inArray(moderationLog.roomId, roomIds))
      .orderBy(desc(moderationLog.id))
      .limit(100),
  ]);
  const states = await hiddenStates(hiddenItems.map((h) => h.id));
  const hidden = hiddenItems.map((h) => ({
    ...h,
    ...(states.get(h.id) ?? { reason: "", review: null }),
  }));
  // A review request stays in the queue until the item is restored (or hidden again).
  return {
    reports: open,
    replyReports,
    hidden,
    reviews: hidden.filter((h) => h.review !== null),
    log,
  };
}
