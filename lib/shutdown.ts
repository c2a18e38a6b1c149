// Loaded by scripts/serve.ts outside Next's bundle: no "server-only" guard, no Next APIs.
import type { Server } from "node:http";
import { closeDatabase } from "@/db";
import { writesSettled } from "@/db/write";
import { roomWatcher } from "./live/watcher";

/** How long requests in flight get to finish before their connections are closed anyway. */
const GRACE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: stop accepting connections, end the event streams (EventSource
 * reconnects, to another process behind a load balancer), let requests in flight finish and
 * their writes commit, then close the database, which checkpoints its WAL, and exit.
 */
export function drainOnSignals(server: Server): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    roomWatcher.endAll();
    // Keep-alive connections that go idle while others finish would hold the server open.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    idle.unref();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, GRACE_MS))]);
    clearInterval(idle);
    server.closeAllConnections();
    await writesSettled();
    try {
      await closeDatabase();
    } catch (error) {
      console.error(
        "shutdown: could not checkpoint the database (the next start replays its WAL)",
        error,
      );
    }
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
}
