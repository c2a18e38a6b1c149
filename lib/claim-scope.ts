import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { db } from "@/db";
import type { Transaction } from "@/db/write";
import { claims } from "@/db/schema";

/**
 * Which claims a room argues: the essay's own (room_id null, shared by every room) and the
 * claims readers proposed in this room, never another room's. Retired claims are out.
 */
export function roomClaimsWhere(debateId: string, roomId: string): SQL {
  return and(
    eq(claims.debateId, debateId),
    isNull(claims.retiredAt),
    or(isNull(claims.roomId), eq(claims.roomId, roomId)),
  )!;
}

type Scoped = { id: string; parentId: string | null; hidden: boolean };

/**
 * The claims of a room's tree: drops hidden claims and every claim under one (a hidden
 * claim takes its branch out of the tree and the tally until it is restored). Order kept.
 */
export function visibleTree<T extends Scoped>(rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const visible = new Map<string, boolean>();
  const isVisible = (row: T): boolean => {
    const known = visible.get(row.id);
    if (known !== undefined) return known;
    visible.set(row.id, false); // a cycle (never written, but never loop) counts as hidden
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    const answer =
      !row.hidden && (row.parentId === null || (parent !== undefined && isVisible(parent)));
    visible.set(row.id, answer);
    return answer;
  };
  return rows.filter(isVisible);
}

/** The tree's shape as a room sees it (hidden claims flagged), for the tally's shape and recompute. */
export function roomShapeRows(reader: Transaction | typeof db, debateId: string, roomId: string) {
  return reader
    .select({
      id: claims.id,
      parentId: claims.parentId,
      relation: claims.relation,
      hidden: sql<boolean>`${claims.hiddenAt} is not null`.mapWith(Boolean),
    })
    .from(claims)
    .where(roomClaimsWhere(debateId, roomId));
}
