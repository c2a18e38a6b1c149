import "server-only";
import { AppError } from "./errors";
import { Subscriber, webStreamSink } from "./live/subscriber";
import { FULL_MESSAGE, FULL_RETRY_SECONDS, follow, roomWatcher } from "./live/watcher";
import type { RoomRef } from "./rooms";
import type { Viewer } from "./session";

export { EVENT_STREAM_HEADERS, type TallyEvent } from "./live/watcher";

/**
 * A text/event-stream of a room's tally events for a Next route handler: a snapshot first, then
 * changes, with heartbeats. (The public room's streams are served by lib/live/node-events.ts
 * when the app runs under scripts/serve.ts; class rooms always come here.)
 *
 * It is released whenever the client goes: before the first byte (`signal` already aborted, or
 * aborted while the room is read), while Next pipes it (`cancel`), or never read at all. It holds
 * at most a bounded queue (lib/live/subscriber.ts), and a class room's stream ends when its
 * viewer stops being a member.
 */
export function tallyStream(
  room: RoomRef,
  viewer: Viewer | null,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  if (!roomWatcher.hasRoom()) throw new AppError(503, FULL_MESSAGE, undefined, FULL_RETRY_SECONDS);
  let subscriber: Subscriber | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const current = new Subscriber(
          webStreamSink(controller),
          room.classId ? viewer?.id : undefined,
        );
        subscriber = current;
        if (signal.aborted) current.end();
        else signal.addEventListener("abort", () => current.end(), { once: true });
        void follow(room, current);
      },
      cancel() {
        subscriber?.end();
      },
    },
    { highWaterMark: 0, size: (chunk) => chunk.byteLength },
  );
}
