import { getDebateId } from "@/lib/debates";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http";
import { EVENT_STREAM_HEADERS, tallyStream } from "@/lib/live";
import { resolveRoom } from "@/lib/rooms";
import { currentViewer } from "@/lib/session";
import { roomOf } from "../../../room-param";

/** Live tally changes of a debate's room as Server-Sent Events (`event: tally`). */
export const GET = route(
  async (request: Request, ctx: RouteContext<"/api/debates/[slug]/events">) => {
    const debateId = await getDebateId((await ctx.params).slug);
    if (!debateId) throw notFound("debate");
    const viewer = await currentViewer();
    const room = await resolveRoom(debateId, roomOf(request), viewer);
    return new Response(tallyStream(room, viewer, request.signal), {
      headers: EVENT_STREAM_HEADERS,
    });
  },
);
