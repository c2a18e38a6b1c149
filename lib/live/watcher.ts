// No "server-only" guard here: besides Next's route handler (lib/live.ts), the server's raw
// event writer (lib/live/node-events.ts, loaded by scripts/serve.ts outside Next's bundle)
// uses this module. Nothing here may be imported by client components.
import { and, eq, gt, inArray } from "drizzle-orm";
import { db } from "@/db";
import { rooms, tallies } from "@/db/schema";

/** What an open page receives: the room's revision and every score changed since the last event. */
export type TallyEvent = { revision: number; scores: Record<string, number> };

/** Receives each event already encoded: one encoding per room and event, however many listeners. */
export type Listener = (chunk: Uint8Array) => void;
type Watched = { revision: number; listeners: Set<Listener> };

const TICK_MS = 150;
/**
 * Each event costs one write per subscriber. Past this many subscribers in a process the tick
 * lengthens in proportion, so a crowded process sends fewer, fuller events and stays current
 * instead of falling ever further behind (docs/performance.md).
 */
const SUBSCRIBERS_PER_TICK = 5000;

/** Tally rows of a room changed after `revision` (all of them for -1). */
export async function scoresSince(roomId: string, revision: number) {
  return db
    .select({ claimId: tallies.claimId, score: tallies.score, revision: tallies.revision })
    .from(tallies)
    .where(and(eq(tallies.roomId, roomId), gt(tallies.revision, revision)));
}

/**
 * Follows room revisions in the database for this process's subscribers: one query per tick
 * for all watched rooms, and one query per room that changed, however many clients listen.
 * Writes from any process show up here, because the revision lives in the database.
 */
class RoomWatcher {
  private watched = new Map<string, Watched>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;

  async subscribe(
    roomId: string,
    listener: Listener,
  ): Promise<{ snapshot: TallyEvent; unsubscribe: () => void }> {
    let entry = this.watched.get(roomId);
    if (!entry) {
      const revision = await currentRevision(roomId);
      entry = this.watched.get(roomId) ?? { revision, listeners: new Set() };
      this.watched.set(roomId, entry);
    }
    entry.listeners.add(listener);
    if (!this.timer) this.schedule();
    const snapshot = { revision: entry.revision, scores: toScores(await scoresSince(roomId, -1)) };
    return { snapshot, unsubscribe: () => this.unsubscribe(roomId, listener) };
  }

  private unsubscribe(roomId: string, listener: Listener) {
    const entry = this.watched.get(roomId);
    entry?.listeners.delete(listener);
    if (entry && entry.listeners.size === 0) this.watched.delete(roomId);
    if (this.watched.size === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private schedule() {
    let subscribers = 0;
    for (const entry of this.watched.values()) subscribers += entry.listeners.size;
    const delay = TICK_MS * Math.max(1, Math.ceil(subscribers / SUBSCRIBERS_PER_TICK));
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
        const changed = await scoresSince(id, entry.revision);
        entry.revision = revision;
        const chunk = encodeEvent({ revision, scores: toScores(changed) });
        for (const listener of entry.listeners) listener(chunk);
      }
    } catch (error) {
      console.error("live updates: could not read room revisions", error);
    } finally {
      this.ticking = false;
    }
  }
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
export const RETRY = encoder.encode("retry: 1000\n\n");
export const HEARTBEAT_MS = 15_000;

/** The headers of an event stream; no-transform keeps `next start` from gzipping (and buffering) it. */
export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;
