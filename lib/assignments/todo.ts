import "server-only";
import { requireMember } from "../access";
import type { Viewer } from "../session";
import { progressData } from "./progress";
import { assignmentsOf, summary, targetClaims } from "./rows";

/** A student's to-do list for a class: each assignment, their side, progress and (once released) grade. */
export async function todoFor(viewer: Viewer, classId: string) {
  await requireMember(classId, viewer);
  const rows = await assignmentsOf(classId);
  const targetIds = rows.map(({ a }) => JSON.parse(a.targetClaimIds) as string[]);
  const [data, claims] = await Promise.all([
    progressData(
      classId,
      rows.map((r) => r.a.id),
      [viewer.id],
    ),
    targetClaims([...new Set(targetIds.flat())]),
  ]);
  return rows.map(({ a, slug }, i) => {
    const side = data.sideOf(a, viewer.id);
    const roomId = data.roomOfAssignment(a);
    return {
      ...summary(a, slug),
      roomId,
      side,
      targets: targetIds[i]!.flatMap((id) => claims.filter((c) => c.id === id)),
      progress: data.progressOf(a, roomId, viewer.id, side),
      feedback: a.gradesReleasedAt ? data.feedbackOf(a, viewer.id) : null,
    };
  });
}
