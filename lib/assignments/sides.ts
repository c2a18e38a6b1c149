import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { assignmentSides, assignments } from "@/db/schema";
import type { Transaction } from "@/db/write";

export type Side = "support" | "rebut";

const other = (side: Side): Side => (side === "support" ? "rebut" : "support");

/** Balanced random teams: alternate support/rebut over a shuffled roster, random first side. */
export function dealBalancedSides(studentIds: string[]): { userId: string; side: Side }[] {
  const shuffled = [...studentIds];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const first: Side = randomInt(2) === 0 ? "support" : "rebut";
  return shuffled.map((userId, i) => ({ userId, side: i % 2 === 0 ? first : other(first) }));
}

/**
 * A student who joins after assignments were set: on balanced teams they join the smaller team
 * (a coin decides a tie), so the teams stay balanced. Per-student sides stay unset until the
 * teacher chooses one (the teacher's table shows "side not set"); whole-class sides need no row.
 */
export async function dealSidesToNewStudent(tx: Transaction, classId: string, userId: string) {
  const balanced = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.classId, classId), eq(assignments.sideMode, "balanced-random")));
  for (const { id } of balanced) {
    const counts = await tx
      .select({ side: assignmentSides.side, n: sql<number>`count(*)` })
      .from(assignmentSides)
      .where(eq(assignmentSides.assignmentId, id))
      .groupBy(assignmentSides.side);
    const count = (side: Side) => counts.find((c) => c.side === side)?.n ?? 0;
    const side: Side =
      count("support") === count("rebut")
        ? randomInt(2) === 0
          ? "support"
          : "rebut"
        : count("support") < count("rebut")
          ? "support"
          : "rebut";
    await tx
      .insert(assignmentSides)
      .values({ assignmentId: id, userId, side })
      .onConflictDoNothing();
  }
}

/** A student's side on one assignment: the class's on whole-class ones, else their dealt row. */
export async function sideOf(
  assignmentId: string,
  userId: string,
  a: typeof assignments.$inferSelect,
): Promise<Side | null> {
  if (a.sideMode === "whole-class") return a.wholeClassSide;
  const [row] = await db
    .select({ side: assignmentSides.side })
    .from(assignmentSides)
    .where(and(eq(assignmentSides.assignmentId, assignmentId), eq(assignmentSides.userId, userId)));
  return row?.side ?? null;
}
