// Loaded by scripts/serve.ts outside Next's bundle: no "server-only" guard, no Next APIs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { publicRoomOfSlug } from "../rooms/lookup";
import { Subscriber, socketSink } from "./subscriber";
import {
  EVENT_STREAM_HEADERS,
  FULL_MESSAGE,
  FULL_RETRY_SECONDS,
  follow,
  roomWatcher,
} from "./watcher";

const PUBLIC_EVENTS = /^\/api\/debates\/([a-z0-9-]{1,100})\/events$/;

/**
 * Serves `GET /api/debates/[slug]/events` for a debate's public room straight on the Node
 * response, and answers true; anything else (a class room, an unknown debate, another route)
 * answers false and is left to Next.
 *
 * The public room's stream is the same for everyone (no session needed), and it is the one that
 * thousands of readers hold open. Written here, an event costs one socket write per subscriber;
 * through a route handler's web stream it costs several times that (docs/performance.md).
 * Same events, same headers, same snapshot-first protocol as the route (lib/live.ts).
 */
export async function servePublicEvents(req: IncomingMessage, res: ServerResponse) {
  // Every request of the server passes here: leave all but event streams at once.
  if (req.method !== "GET" || !req.url?.startsWith("/api/debates/")) return false;
  const url = new URL(req.url, "http://localhost");
  const slug = PUBLIC_EVENTS.exec(url.pathname)?.[1];
  if (!slug || url.searchParams.has("room")) return false;
  // The client may leave during any wait below; from then on nothing is subscribed for it.
  const subscriber = new Subscriber(socketSink(res.socket, () => res.end()));
  const leave = () => subscriber.end();
  res.once("close", leave);
  const roomId = (await publicRoomOfSlug(slug))?.id;
  if (!roomId) {
    res.off("close", leave);
    return false;
  }
  if (!roomWatcher.hasRoom()) {
    res.writeHead(503, {
      "Content-Type": "application/json",
      "Retry-After": String(FULL_RETRY_SECONDS),
    });
    res.end(JSON.stringify({ error: FULL_MESSAGE }));
    return true;
  }

  // The body runs until either side closes the connection, without chunked framing, so an event
  // is written to the socket as it is: one write per subscriber, no framing or corking per write
  // (a third less CPU per event than `res.write` at 5,000 subscribers, docs/performance.md).
  res.useChunkedEncodingByDefault = false;
  res.writeHead(200, { ...EVENT_STREAM_HEADERS, Connection: "close" });
  res.flushHeaders();
  await follow({ id: roomId, classId: null }, subscriber);
  return true;
}
