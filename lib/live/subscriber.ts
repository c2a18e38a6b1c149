// No "server-only" guard: used by the route handler (lib/live.ts) and by the server's raw event
import type { Socket } from "node:net";
// writer (lib/live/node-events.ts), which runs outside Next's bundle.

/** Where one client's events go: a socket or a web stream, and how much it holds unsent. */
export type Sink = {
  write(chunk: Uint8Array): void;
  /** Bytes accepted but not yet handed to the kernel. */
  queued(): number;
  /** Ends the stream; `cut` when the client is dropped rather than told it is over. */
  end(cut: boolean): void;
};

/**
 * A client this far behind is cut off. Events are a few hundred bytes, a snapshot a few kB: a
 * reader that is keeping up never holds this much. EventSource reconnects and starts again from
 * a snapshot, so nothing is lost by cutting — only memory is saved.
 */
export const MAX_QUEUED_BYTES = 64 * 1024;
/**
 * Queued bytes mean the kernel's buffer for the socket is full: the client has stopped reading.
 * The kernel holds up to a few MiB per socket that Node cannot see, so a reader stuck this long
 * is cut even if little is queued on our side, and the kernel's buffer is freed with it.
 */
export const MAX_BEHIND_MS = 10_000;

/**
 * One client's event stream. Ends exactly once, whoever ends it first: the client leaving, the
 * watcher (membership lost, shutdown), or the slow-reader rules above. Whatever subscribed it
 * learns of the end through `onEnd`, set before or after it ends.
 */
export class Subscriber {
  ended = false;
  private behindSince: number | undefined;
  private onEndCallbacks: (() => void)[] = [];

  constructor(
    private readonly sink: Sink,
    /** Set for a class room: the member whose access the watcher re-checks. */
    readonly userId?: string,
  ) {}

  send(chunk: Uint8Array, now = Date.now()): void {
    if (this.ended) return;
    const queued = this.sink.queued();
    if (queued === 0) this.behindSince = undefined;
    else this.behindSince ??= now;
    if (
      queued > MAX_QUEUED_BYTES ||
      (this.behindSince !== undefined && now - this.behindSince > MAX_BEHIND_MS)
    )
      return this.end(true);
    this.sink.write(chunk);
  }

  end(cut = false): void {
    if (this.ended) return;
    this.ended = true;
    for (const callback of this.onEndCallbacks.splice(0)) callback();
    this.sink.end(cut);
  }

  onEnd(callback: () => void): void {
    if (this.ended) callback();
    else this.onEndCallbacks.push(callback);
  }
}

/**
 * A socket written directly (lib/live/node-events.ts). Node's buffer of it is what is queued on
 * our side; `finish` ends the response gracefully, a cut destroys the socket.
 */
export function socketSink(socket: Socket | null, finish: () => void): Sink {
  return {
    write: (chunk) => {
      if (socket && !socket.destroyed) socket.write(chunk);
    },
    queued: () => socket?.writableLength ?? 0,
    end: (cut) => (cut ? socket?.destroy() : finish()),
  };
}

/** An error a cut stream ends with; named so Next ends the response quietly. */
function cutOff() {
  const error = new Error("The client fell too far behind its event stream.");
  error.name = "AbortError";
  return error;
}

/**
 * A web stream's controller (lib/live.ts). The stream must be made with a high-water mark of 0
 * and chunks sized by their bytes: then minus its desired size is what is queued, unread by Next,
 * which reads only when the response has drained.
 */
export function webStreamSink(controller: ReadableStreamDefaultController<Uint8Array>): Sink {
  return {
    write: (chunk) => controller.enqueue(chunk),
    queued: () => Math.max(0, -(controller.desiredSize ?? 0)),
    end: (cut) => {
      try {
        if (cut) controller.error(cutOff());
        else controller.close();
      } catch {
        // already closed, or cancelled by the client
      }
    },
  };
}
