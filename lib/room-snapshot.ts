import "server-only";
import { getDebateId, publicThesisHistory, publicThesisScore } from "./debates";
import { notFound } from "./errors";
import { scoresSince } from "./live/watcher";
import { roomContext } from "./room-context";
import { resolveRoom } from "./rooms";
import type { Viewer } from "./session";
import { thesisScoreHistory } from "./tally/read";

/**
 * What a class room's page shows that only its members may see, for the cached shell of the
 * page to fill in the browser (decision 0028): every claim's score at one revision, the thesis
 * history, the public verdict beside the class's, and where the reader is (the room banner).
 * The public room's snapshot has the scores and the history only.
 */
export async function roomSnapshot(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
) {
  const debateId = await getDebateId(slug);
  if (!debateId) throw notFound("debate");
  const room = await resolveRoom(debateId, roomId, viewer);
  const [rows, history, context, publicScore, publicHistory] = await Promise.all([
    scoresSince(room.id, -1),
    thesisScoreHistory(room.id),
    roomContext(room.classId ? room.id : undefined, viewer),
    room.classId ? publicThesisScore(debateId) : null,
    room.classId ? publicThesisHistory(debateId) : null,
  ]);
  return {
    revision: Math.max(0, ...rows.map((r) => r.revision)),
    scores: Object.fromEntries(rows.map((r) => [r.claimId, r.score])),
    history,
    context,
    publicScore,
    publicHistory,
  };
}

export type RoomSnapshot = Awaited<ReturnType<typeof roomSnapshot>>;
