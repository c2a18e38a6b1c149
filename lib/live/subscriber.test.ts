// The slow-reader rules on a real socket whose client never reads, and on a web stream that is
// never read: what stays queued is bounded, and the stream ends.
import { createServer, connect, type Socket } from "node:net";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import {
  MAX_BEHIND_MS,
  MAX_QUEUED_BYTES,
  Subscriber,
  socketSink,
  webStreamSink,
} from "./subscriber";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A server-side socket whose client connects and then never reads. */
async function socketToNonReader(): Promise<Socket> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const accepted = once(server, "connection");
  const client = connect((server.address() as { port: number }).port, "127.0.0.1");
  client.pause();
  const [socket] = (await accepted) as [Socket];
  cleanups.push(() => {
    client.destroy();
    socket.destroy();
    server.close();
  });
  return socket;
}

describe("a subscriber that stops reading", () => {
  it("is cut off from its socket once the kernel's buffers are full and ours passes the bound", async () => {
    const socket = await socketToNonReader();
    const subscriber = new Subscriber(socketSink(socket, () => socket.end()));
    const event = new Uint8Array(16 * 1024);
    let sent = 0;
    while (!subscriber.ended && sent < 100_000) {
      subscriber.send(event);
      sent++;
      await new Promise((resolve) => setImmediate(resolve)); // let the kernel take what it will
    }
    expect(subscriber.ended).toBe(true);
    expect(socket.destroyed).toBe(true);
    // Never more than the bound plus one event sat in Node's buffer before the cut.
    expect(socket.writableLength).toBeLessThanOrEqual(MAX_QUEUED_BYTES + event.length);
  });

  it("is cut off after falling behind for too long, even with little queued", () => {
    let queued = 0;
    const ends: boolean[] = [];
    const subscriber = new Subscriber({
      write: () => (queued = 100),
      queued: () => queued,
      end: (cut) => ends.push(cut),
    });
    subscriber.send(new Uint8Array(100), 0);
    subscriber.send(new Uint8Array(100), 1_000); // behind since 1 s
    subscriber.send(new Uint8Array(100), 1_000 + MAX_BEHIND_MS);
    expect(subscriber.ended).toBe(false);
    subscriber.send(new Uint8Array(100), 1_001 + MAX_BEHIND_MS);
    expect(ends).toEqual([true]);
  });

  it("errors a web stream nobody reads once its queue passes the bound", async () => {
    let subscriber!: Subscriber;
    const stream = new ReadableStream<Uint8Array>(
      { start: (controller) => void (subscriber = new Subscriber(webStreamSink(controller))) },
      { highWaterMark: 0, size: (chunk) => chunk.byteLength },
    );
    const event = new Uint8Array(1024);
    for (let i = 0; i < 200 && !subscriber.ended; i++) subscriber.send(event);
    expect(subscriber.ended).toBe(true);
    await expect(stream.getReader().read()).rejects.toThrow(/too far behind/);
  });

  it("runs its end callbacks once, whether set before or after it ended", () => {
    const subscriber = new Subscriber({ write: () => {}, queued: () => 0, end: () => {} });
    const calls: string[] = [];
    subscriber.onEnd(() => calls.push("before"));
    subscriber.end();
    subscriber.end();
    subscriber.onEnd(() => calls.push("after"));
    expect(calls).toEqual(["before", "after"]);
  });
});
