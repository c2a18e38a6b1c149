import "server-only";
import { db } from "@/db";
import { notifications, type NotificationKind } from "@/db/schema";
import type { Transaction } from "@/db/write";

export type NewNotification = {
  /** Who is told. */
  userId: string;
  kind: NotificationKind;
  /** Who did it; never told of their own action. Null when no one person did (none yet). */
  actorId: string | null;
  /** The room it happened in, so the actor's name follows its class's pseudonym rule. */
  roomId?: string | null;
  /** Where the notification leads: a path inside the app. */
  href: string;
  /** What it is about: a claim's text, an evidence title, an assignment title. */
  subject: string;
  /** A moderator's reason ("hidden"). */
  reason?: string;
};

const SUBJECT_MAX = 160;

/**
 * The one way to tell people that something happened to their contributions. Call it inside the
 * write's own transaction, so a notification exists exactly when the thing it reports does.
 * Drops anyone told of their own action and anyone told twice in one call.
 *
 *     await notify(tx, [{ userId: parentAuthor, kind: "claim-proposed", actorId: viewer.id,
 *       roomId, href: claimHref(...), subject: claim.textEn }]);
 */
export async function notify(
  tx: Transaction | typeof db,
  items: NewNotification | NewNotification[],
): Promise<void> {
  const seen = new Set<string>();
  const rows = (Array.isArray(items) ? items : [items]).filter((n) => {
    const key = `${n.userId} ${n.kind}`;
    if (n.userId === n.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length === 0) return;
  await tx.insert(notifications).values(
    rows.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      actorId: n.actorId,
      roomId: n.roomId ?? null,
      href: n.href,
      subject:
        n.subject.length > SUBJECT_MAX ? `${n.subject.slice(0, SUBJECT_MAX - 1)}…` : n.subject,
      reason: n.reason ?? "",
    })),
  );
}
