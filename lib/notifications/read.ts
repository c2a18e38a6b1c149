import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { notifications, rooms, users, type NotificationKind } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { classmateIdentities, identityOf, type Identity } from "../access";
import type { Viewer } from "../session";

export type NotificationView = {
  id: number;
  kind: NotificationKind;
  actor: string | null;
  href: string;
  subject: string;
  reason: string;
  read: boolean;
  createdAt: string;
};

const PAGE = 100;

/** The bell's number: one count on the (user, read_at) index. */
export async function unreadCount(viewer: Viewer): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The viewer's latest notifications, newest first, actors named as the viewer may see them. */
export async function listNotifications(viewer: Viewer): Promise<NotificationView[]> {
  const rows = await db
    .select({ n: notifications, actorName: users.name, classId: rooms.classId })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(rooms, eq(rooms.id, notifications.roomId))
    .where(eq(notifications.userId, viewer.id))
    .orderBy(desc(notifications.id))
    .limit(PAGE);
  const classIds = [...new Set(rows.flatMap((r) => (r.classId ? [r.classId] : [])))];
  const identities = new Map<string, Map<string, Identity> | null>(
    await Promise.all(
      classIds.map(async (id) => [id, await classmateIdentities(id, viewer)] as const),
    ),
  );
  return rows.map(({ n, actorName, classId }) => ({
    id: n.id,
    kind: n.kind,
    actor:
      n.actorId && actorName !== null
        ? identityOf(classId ? (identities.get(classId) ?? null) : null, n.actorId, actorName).name
        : null,
    href: n.href,
    subject: n.subject,
    reason: n.reason,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  }));
}

/** Marks the viewer's notifications read: the ones named, or all. Others' ids are ignored. */
export async function markRead(viewer: Viewer, ids: number[] | "all"): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.userId, viewer.id),
          isNull(notifications.readAt),
          ids === "all" ? undefined : inArray(notifications.id, ids),
        ),
      ),
  );
}
