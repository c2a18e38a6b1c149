import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db } from "@/db";
import { evidence, moderationLog, reports } from "@/db/schema";
import { writeTransaction } from "@/db/write";
import { conflict, forbidden, notFound } from "./errors";
import { actingUser, assertModerator } from "./access";
import { evidenceWithRoom } from "./rooms";
import type { Viewer } from "./session";

export type HiddenState = { reason: string; review: string | null };

/**
 * Why each hidden item was hidden (the reason of its latest hide) and the author's review
 * request since then, read from the log, so a hide and its reason can never disagree.
 */
export async function hiddenStates(evidenceIds: string[]): Promise<Map<string, HiddenState>> {
  const states = new Map<string, HiddenState>();
  if (evidenceIds.length === 0) return states;
  const rows = await db
    .select({
      evidenceId: moderationLog.evidenceId,
      action: moderationLog.action,
      reason: moderationLog.reason,
    })
    .from(moderationLog)
    .where(
      and(
        inArray(moderationLog.evidenceId, evidenceIds),
        inArray(moderationLog.action, ["hide", "review"]),
      ),
    )
    .orderBy(asc(moderationLog.id));
  for (const row of rows) {
    if (row.evidenceId === null) continue;
    if (row.action === "hide") states.set(row.evidenceId, { reason: row.reason, review: null });
    else {
      const state = states.get(row.evidenceId);
      if (state) state.review = row.reason;
    }
  }
  return states;
}

/** The author asks the room's moderators to look again at a hidden item: once per hide. */
export async function requestReview(viewer: Viewer, evidenceId: string, message: string) {
  actingUser(viewer);
  const { item } = await evidenceWithRoom(evidenceId);
  if (item.authorId !== viewer.id) throw forbidden("Only its author can ask for a review.");
  await writeTransaction(db, async (tx) => {
    const [current] = await tx
      .select({ hiddenAt: evidence.hiddenAt })
      .from(evidence)
      .where(eq(evidence.id, evidenceId));
    if (!current?.hiddenAt) throw conflict("This item is not hidden: there is nothing to review.");
    // A review request after the latest hide means the moderators already have one.
    const [latest] = await tx
      .select({ action: moderationLog.action })
      .from(moderationLog)
      .where(
        and(
          eq(moderationLog.evidenceId, evidenceId),
          inArray(moderationLog.action, ["hide", "review"]),
        ),
      )
      .orderBy(asc(moderationLog.id))
      .then((rows) => rows.slice(-1));
    if (latest?.action === "review")
      throw conflict("You have already asked for a review; the moderators have your request.");
    await tx.insert(moderationLog).values({
      roomId: item.roomId,
      actorId: viewer.id,
      action: "review",
      evidenceId,
      reason: message,
    });
  });
}

/** A moderator closes a report without hiding the item; the log keeps who and why. */
export async function dismissReport(viewer: Viewer, reportId: number, reason: string) {
  const [report] = await db
    .select({ evidenceId: reports.evidenceId, resolvedAt: reports.resolvedAt })
    .from(reports)
    .where(eq(reports.id, reportId));
  if (!report) throw notFound("report");
  const { item, room } = await evidenceWithRoom(report.evidenceId);
  await assertModerator(room, viewer);
  await writeTransaction(db, async (tx) => {
    const [closed] = await tx
      .update(reports)
      .set({ resolvedAt: new Date() })
      .where(and(eq(reports.id, reportId), isNull(reports.resolvedAt)))
      .returning({ id: reports.id });
    if (!closed) throw conflict("This report is already closed.");
    await tx.insert(moderationLog).values({
      roomId: item.roomId,
      actorId: viewer.id,
      action: "dismiss",
      evidenceId: report.evidenceId,
      reason,
    });
  });
}

/** The viewer's own hidden items on a claim in a room, with the reason and review state. */
export async function myHiddenEvidence(viewer: Viewer, roomId: string, claimId: string) {
  const rows = await db
    .select({ id: evidence.id, title: evidence.title, stance: evidence.stance })
    .from(evidence)
    .where(
      and(
        eq(evidence.authorId, viewer.id),
        eq(evidence.roomId, roomId),
        eq(evidence.claimId, claimId),
        isNotNull(evidence.hiddenAt),
        isNull(evidence.deletedAt),
      ),
    );
  const states = await hiddenStates(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, ...(states.get(r.id) ?? { reason: "", review: null }) }));
}
