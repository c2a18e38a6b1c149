import "server-only";
import { HEARTBEAT_MS, KEEP_ALIVE, RETRY, encodeEvent, roomWatcher } from "./live/watcher";

export { EVENT_STREAM_HEADERS, type TallyEvent } from "./live/watcher";

/**
 * A text/event-stream of a room's tally events for a Next route handler: a snapshot first, then
 * changes, with heartbeats. (The public room's streams are served by lib/live/node-events.ts
 * when the app runs under scripts/serve.ts; class rooms always come here.)
 */
export function tallyStream(roomId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream({
    async start(controller) {
      const send = (chunk: Uint8Array) => {
        try {
          controller.enqueue(chunk);
        } catch {
          cleanup();
        }
      };
      const { snapshot, unsubscribe } = await roomWatcher.subscribe(roomId, send);
      const heartbeat = setInterval(() => send(KEEP_ALIVE), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      send(RETRY);
      send(encodeEvent(snapshot));
      signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
}
