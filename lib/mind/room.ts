import "server-only";
import { getDebateId } from "../debates";
import { notFound } from "../errors";
import { resolveRoom } from "../rooms";
import type { Viewer } from "../session";

/** The room of a debate the viewer may read (class rooms: members only). */
export async function roomOfDebate(
  slug: string,
  roomId: string | undefined,
  viewer: Viewer | null,
) {
  const debateId = await getDebateId(slug);
  if (!debateId) throw notFound("debate");
  return resolveRoom(debateId, roomId, viewer);
}
