// No "server-only" guard here: besides Next's route handler (lib/live.ts), the server's raw
// event writer (lib/live/node-events.ts, loaded by scripts/serve.ts outside Next's bundle)
// uses this module. Nothing here may be imported by client components.
import { and, eq, gt, inArray } from "drizzle-orm";
import { db } from "@/db";
import { enrolments, replies, rooms, tallies } from "@/db/schema";
import { threadKey } from "../replies/thread-key";
import type { Subscriber } from "./subscriber";

/**
 * What an open page receives: the room's revision, every score changed since the last event and,
 * when any, the discussion threads that changed (keys as lib/replies/target.ts names them: the
 * page fetches a thread it shows; the stream carries no reply text, as it is shared by all).
 */
export type TallyEvent = { revision: number; scores: Record<string, number>; threads?: string[] };

/** The room a stream follows; a class room's subscribers must stay members of its class. */
export type WatchedRoom = { id: string; classId: string | null };
type Watched = { revision: number; classId: string | null; subscribers: Set<Subscriber> };

const TICK_MS = 150;
/**
 * Each event costs one write per subscriber. Past this many subscribers in a process the tick
 * lengthens in proportion, so a crowded process sends fewer, fuller events and stays current
 * instead of falling ever further behind (docs/performance.md).
 */
const SUBSCRIBERS_PER_TICK = 5000;
/**
 * Past this many open streams a process answers 503 with Retry-After: each costs memory and a
 * write per event, and a load balancer does better sending the next one elsewhere.
 */
const MAX_SUBSCRIBERS = Number(process.env.AGORA_MAX_SUBSCRIBERS ?? 20_000);
export const FULL_RETRY_SECONDS = 5;

/** Tally rows of a room changed after `revision` (all of them for -1). */
export async function scoresSince(roomId: string, revision: number) {
  return db
    .select({ claimId: tallies.claimId, score: tallies.score, revision: tallies.revision })
    .from(tallies)
    .where(and(eq(tallies.roomId, roomId), gt(tallies.revision, revision)));
}

/** Discussion threads of a room with a reply written after `revision`. */
async function threadsSince(roomId: string, revision: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ claimId: replies.claimId, evidenceId: replies.evidenceId })
    .from(replies)
    .where(and(eq(replies.roomId, roomId), gt(replies.revision, revision)));
  return rows.map(threadKey);
}

/**
 * Follows room revisions in the database for this process's subscribers: one query per tick
 * for all watched rooms, and one query per room that changed, however many clients listen.
 * Writes from any process show up here, because the revision lives in the database.
 */
class RoomWatcher {
  private watched = new Map<string, Watched>();
  private subscribers = 0;
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;

  /** Open streams in this process (reported by /api/health). */
  get count(): number {
    return this.subscribers;
  }

  /** Whether this process takes another stream (MAX_SUBSCRIBERS). */
  hasRoom(): boolean {
    return this.subscribers < MAX_SUBSCRIBERS;
  }

  /**
   * Adds `subscriber` to the room and reads its snapshot; null when the subscriber ended while
   * this was being looked up (its client left) — then nothing of it stays behind.
   */
  async subscribe(room: WatchedRoom, subscriber: Subscriber): Promise<TallyEvent | null> {
    let entry = this.watched.get(room.id);
    if (!entry) {
      const revision = await currentRevision(room.id);
      entry = this.watched.get(room.id) ?? {
        revision,
        classId: room.classId,
        subscribers: new Set(),
      };
    }
    if (subscriber.ended) return null;
    this.watched.set(room.id, entry);
    entry.subscribers.add(subscriber);
    this.subscribers++;
    subscriber.onEnd(() => this.unsubscribe(room.id, subscriber));
    if (!this.timer) this.schedule();
    const scores = toScores(await scoresSince(room.id, -1));
    return subscriber.ended ? null : { revision: entry.revision, scores };
  }

  /** Ends every stream (the server is shutting down); EventSource reconnects elsewhere. */
  endAll(): void {
    for (const entry of [...this.watched.values()])
      for (const subscriber of [...entry.subscribers]) subscriber.end();
  }

  private unsubscribe(roomId: string, subscriber: Subscriber) {
    const entry = this.watched.get(roomId);
    if (entry?.subscribers.delete(subscriber)) this.subscribers--;
    if (entry && entry.subscribers.size === 0) this.watched.delete(roomId);
    if (this.watched.size === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private schedule() {
    const delay = TICK_MS * Math.max(1, Math.ceil(this.subscribers / SUBSCRIBERS_PER_TICK));
    const handle: NodeJS.Timeout = setTimeout(async () => {
      await this.tick();
      // Another chain may have started meanwhile (everyone left, someone came back): keep one.
      if (this.timer !== handle) return;
      this.timer = null;
      if (this.watched.size > 0) this.schedule();
    }, delay);
    this.timer = handle;
  }

  private async tick() {
    if (this.ticking || this.watched.size === 0) return;
    this.ticking = true;
    try {
      const ids = [...this.watched.keys()];
      const revisions = await db
        .select({ id: rooms.id, revision: rooms.revision })
        .from(rooms)
        .where(inArray(rooms.id, ids));
      for (const { id, revision } of revisions) {
        const entry = this.watched.get(id);
        if (!entry || revision <= entry.revision) continue;
        const [changed, threads] = await Promise.all([
          scoresSince(id, entry.revision),
          threadsSince(id, entry.revision),
        ]);
        entry.revision = revision;
        const chunk = encodeEvent({
          revision,
          scores: toScores(changed),
          ...(threads.length > 0 ? { threads } : {}),
        });
        const now = Date.now(); // once per event, not once per subscriber
        for (const subscriber of entry.subscribers) subscriber.send(chunk, now);
      }
      await this.endRemovedMembers();
    } catch (error) {
      console.error("live updates: could not read room revisions", error);
    } finally {
      this.ticking = false;
    }
  }

  /**
   * A class room is for its class's members (lib/access, assertCanReadRoom): one query per tick
   * for all watched classes ends the stream of anyone removed since it opened.
   */
  private async endRemovedMembers() {
    const classIds = new Set<string>();
    for (const entry of this.watched.values()) if (entry.classId) classIds.add(entry.classId);
    if (classIds.size === 0) return;
    const rows = await db
      .select({ classId: enrolments.classId, userId: enrolments.userId })
      .from(enrolments)
      .where(inArray(enrolments.classId, [...classIds]));
    const members = new Set(rows.map((r) => `${r.classId} ${r.userId}`));
    for (const entry of this.watched.values()) {
      if (!entry.classId) continue;
      for (const subscriber of [...entry.subscribers])
        if (!members.has(`${entry.classId} ${subscriber.userId}`)) subscriber.end();
    }
  }
}

/**
 * Subscribes a stream and sends its first bytes: the retry hint and the snapshot, then a
 * heartbeat until it ends. A failure to read the room ends the stream (EventSource retries).
 */
export async function follow(room: WatchedRoom, subscriber: Subscriber): Promise<void> {
  let snapshot: TallyEvent | null;
  try {
    snapshot = await roomWatcher.subscribe(room, subscriber);
  } catch (error) {
    console.error("live updates: could not subscribe", error);
    subscriber.end(true);
    return;
  }
  if (!snapshot) return;
  const heartbeat = setInterval(() => subscriber.send(KEEP_ALIVE), HEARTBEAT_MS);
  subscriber.onEnd(() => clearInterval(heartbeat));
  subscriber.send(RETRY);
  subscriber.send(encodeEvent(snapshot));
}

async function currentRevision(roomId: string): Promise<number> {
  const [room] = await db
    .select({ revision: rooms.revision })
    .from(rooms)
    .where(eq(rooms.id, roomId));
  return room?.revision ?? 0;
}

function toScores(rows: { claimId: string; score: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.claimId, r.score]));
}

// One watcher per process, shared by Next's bundle and the raw writer (both load this file).
const globalForLive = globalThis as unknown as { agoraRoomWatcher?: RoomWatcher };
export const roomWatcher = (globalForLive.agoraRoomWatcher ??= new RoomWatcher());

const encoder = new TextEncoder();

export function encodeEvent(e: TallyEvent): Uint8Array {
  return encoder.encode(`id: ${e.revision}\nevent: tally\ndata: ${JSON.stringify(e)}\n\n`);
}

export const KEEP_ALIVE = encoder.encode(": keep-alive\n\n");
export const FULL_MESSAGE =
  "This server has as many live connections as it takes; try again shortly.";
export const RETRY = encoder.encode("retry: 1000\n\n");
export const HEARTBEAT_MS = 15_000;

/** The headers of an event stream; no-transform keeps `next start` from gzipping (and buffering) it. */
export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;
