import { route } from "@/lib/http";
import { EVENT_STREAM_HEADERS, tallyStream } from "@/lib/live";
import { roomOfDebateSlug, roomOfRequest } from "@/lib/rooms";
import { currentViewer } from "@/lib/session";

/** Live tally changes of a debate's room as Server-Sent Events (`event: tally`). */
export const GET = route(
  async (request: Request, ctx: RouteContext<"/api/debates/[slug]/events">) => {
    const viewer = await currentViewer();
    const room = await roomOfDebateSlug((await ctx.params).slug, roomOfRequest(request), viewer);
    return new Response(tallyStream(room, viewer, request.signal), {
      headers: EVENT_STREAM_HEADERS,
    });
  },
);
